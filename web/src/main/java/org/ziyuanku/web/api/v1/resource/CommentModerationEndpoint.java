package org.ziyuanku.web.api.v1.resource;

import jakarta.ejb.EJB;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.ziyuanku.service.resource.ResourceCommentService;
import org.ziyuanku.web.api.BadParameterException;
import org.ziyuanku.web.api.QueryParameters;

/**
 * {@code POST /api/v1/resource-comments/{id}/reports} (another signed-in user reports a comment once) and
 * {@code …/moderation} (the library's managers and reviewers: APPROVE, HIDE or DELETE, always with a reason).
 */
@Path("v1/resource-comments")
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
public class CommentModerationEndpoint {

    @EJB
    private ResourceCommentService comments;

    @POST
    @Path("{id}/reports")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response report(@PathParam("id") String id, CommentBodyDto body) {
        if (body == null || body.reason() == null) {
            throw new BadParameterException("reason", "", "api.error.required");
        }
        comments.report(QueryParameters.pathId(id), body.reason());
        return Response.noContent().build();
    }

    @POST
    @Path("{id}/moderation")
    @Consumes(MediaType.APPLICATION_JSON)
    public CommentDto moderate(@PathParam("id") String id, CommentBodyDto body) {
        if (body == null || body.action() == null || body.action().isBlank()) {
            throw new BadParameterException("action", "", "api.error.required");
        }
        return CommentDto.of(comments.moderate(QueryParameters.pathId(id), QueryParameters.enumValue("action",
                body.action(), ResourceCommentService.Moderation.class, "api.error.unknownModeration"), body.reason()));
    }
}
