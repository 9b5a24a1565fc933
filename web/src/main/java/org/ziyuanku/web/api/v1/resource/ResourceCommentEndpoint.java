package org.ziyuanku.web.api.v1.resource;

import jakarta.ejb.EJB;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.ziyuanku.service.resource.ResourceCommentService;
import org.ziyuanku.web.api.BadParameterException;
import org.ziyuanku.web.api.QueryParameters;

/**
 * Comments (评论) on published resources: {@code GET/POST /api/v1/resources/{id}/comments} (read by anyone, newest
 * first, a page at a time; written by signed-in users, screened). Reports and moderation are
 * {@link CommentModerationEndpoint}'s.
 */
@Path("v1/resources")
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
public class ResourceCommentEndpoint {

    @EJB
    private ResourceCommentService comments;

    @GET
    @Path("{id}/comments")
    public CommentPageDto page(@PathParam("id") String id, @QueryParam("page") String page,
            @QueryParam("size") String size) {
        return CommentPageDto.of(comments.page(QueryParameters.pathId(id),
                QueryParameters.integer("page", page, 0, 0, 100_000), QueryParameters.integer("size", size, 10, 1,
                        50)));
    }

    @POST
    @Path("{id}/comments")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response add(@PathParam("id") String id, CommentBodyDto body) {
        if (body == null || body.body() == null) {
            throw new BadParameterException("body", "", "api.error.required");
        }
        return Response.status(Response.Status.CREATED)
                .entity(CommentDto.of(comments.add(QueryParameters.pathId(id), body.body()))).build();
    }
}
