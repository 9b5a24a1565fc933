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
import java.util.List;
import org.ziyuanku.service.resource.ResourceCommentService;
import org.ziyuanku.web.api.BadParameterException;
import org.ziyuanku.web.api.QueryParameters;

/**
 * Comments (评论) on published resources: {@code GET/POST /api/v1/resources/{id}/comments} (read by anyone, newest
 * first, a page at a time; written by signed-in users, screened), {@code POST /api/v1/resource-comments/{id}/reports}
 * and {@code …/moderation} (the library's managers and reviewers: APPROVE, HIDE or DELETE with a reason), and
 * {@code GET /api/v1/libraries/{id}/comment-queue} (held and reported comments, for the same moderators).
 */
@Path("v1")
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
public class ResourceCommentEndpoint {

    @EJB
    private ResourceCommentService comments;

    @GET
    @Path("resources/{id}/comments")
    public CommentPageDto page(@PathParam("id") String id, @QueryParam("page") String page,
            @QueryParam("size") String size) {
        return CommentPageDto.of(comments.page(QueryParameters.pathId(id),
                QueryParameters.integer("page", page, 0, 0, 100_000), QueryParameters.integer("size", size, 10, 1,
                        50)));
    }

    @POST
    @Path("resources/{id}/comments")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response add(@PathParam("id") String id, CommentBodyDto body) {
        if (body == null || body.body() == null) {
            throw new BadParameterException("body", "", "api.error.required");
        }
        return Response.status(Response.Status.CREATED)
                .entity(CommentDto.of(comments.add(QueryParameters.pathId(id), body.body()))).build();
    }

    @POST
    @Path("resource-comments/{id}/reports")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response report(@PathParam("id") String id, CommentBodyDto body) {
        if (body == null || body.reason() == null) {
            throw new BadParameterException("reason", "", "api.error.required");
        }
        comments.report(QueryParameters.pathId(id), body.reason());
        return Response.noContent().build();
    }

    @POST
    @Path("resource-comments/{id}/moderation")
    @Consumes(MediaType.APPLICATION_JSON)
    public CommentDto moderate(@PathParam("id") String id, CommentBodyDto body) {
        if (body == null || body.action() == null || body.action().isBlank()) {
            throw new BadParameterException("action", "", "api.error.required");
        }
        return CommentDto.of(comments.moderate(QueryParameters.pathId(id), QueryParameters.enumValue("action",
                body.action(), ResourceCommentService.Moderation.class, "api.error.unknownModeration"), body.reason()));
    }

    @GET
    @Path("libraries/{id}/comment-queue")
    public List<CommentDto> queue(@PathParam("id") String id) {
        return comments.waiting(QueryParameters.pathId(id)).stream().map(CommentDto::of).toList();
    }
}
