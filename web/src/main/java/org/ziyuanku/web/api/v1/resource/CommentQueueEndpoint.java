package org.ziyuanku.web.api.v1.resource;

import jakarta.ejb.EJB;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.ziyuanku.service.resource.ResourceCommentService;
import org.ziyuanku.web.api.QueryParameters;

/**
 * {@code GET /api/v1/libraries/{id}/comment-queue}: the library's held and reported comments, oldest first, for its
 * managers and reviewers (403 for anyone else, audited).
 */
@Path("v1/libraries")
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
public class CommentQueueEndpoint {

    @EJB
    private ResourceCommentService comments;

    @GET
    @Path("{id}/comment-queue")
    public List<CommentDto> queue(@PathParam("id") String id) {
        return comments.waiting(QueryParameters.pathId(id)).stream().map(CommentDto::of).toList();
    }
}
