package org.ziyuanku.web.api.v1.teaching;

import jakarta.ejb.EJB;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.ziyuanku.service.teaching.PeerReviewCommand;
import org.ziyuanku.service.teaching.PeerReviewService;
import org.ziyuanku.service.teaching.SubmissionFileService;
import org.ziyuanku.web.api.ContentResponses;
import org.ziyuanku.web.api.QueryParameters;

/**
 * {@code POST /api/v1/peer-reviews/{id}} (signed in only): the reviewer's {@code {scores, comment}} for a peer review
 * (互评) they owe; saving again replaces it; anyone else 404. {@code GET /api/v1/peer-reviews/{id}/files/{index}} a
 * file of the work under review, under a neutral name (作业附件-n), for its reviewer only.
 */
@Path("v1/peer-reviews")
public class PeerReviewEndpoint {

    private static final String JSON = MediaType.APPLICATION_JSON + ";charset=UTF-8";

    @EJB
    private PeerReviewService peerReviews;

    @EJB
    private SubmissionFileService files;

    @GET
    @Path("{id}/files/{index}")
    public Response file(@PathParam("id") String id, @PathParam("index") String index,
            @HeaderParam("Range") String range) {
        return ContentResponses.of(files.reviewFile(QueryParameters.pathId(id), SubmissionEndpoint.index(index)),
                range);
    }

    @POST
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(JSON)
    public PeerReviewTaskDto review(@PathParam("id") String id, PeerReviewBodyDto body) {
        if (body == null) {
            throw new BadRequestException();
        }
        return PeerReviewTaskDto.of(peerReviews.review(QueryParameters.pathId(id), new PeerReviewCommand(
                body.scores(), body.comment())));
    }
}
