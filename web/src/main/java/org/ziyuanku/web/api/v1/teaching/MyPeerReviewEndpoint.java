package org.ziyuanku.web.api.v1.teaching;

import jakarta.ejb.EJB;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.ziyuanku.service.teaching.PeerReviewService;
import org.ziyuanku.web.api.BadParameterException;
import org.ziyuanku.web.api.QueryParameters;

/**
 * {@code GET /api/v1/my-peer-reviews?assignment=} (signed in only): the peer reviews (互评) the caller owes for the
 * homework, anonymous (the work and the rubric, never the author).
 */
@Path("v1/my-peer-reviews")
public class MyPeerReviewEndpoint {

    private static final String JSON = MediaType.APPLICATION_JSON + ";charset=UTF-8";

    @EJB
    private PeerReviewService peerReviews;

    @GET
    @Produces(JSON)
    public List<PeerReviewTaskDto> mine(@QueryParam("assignment") String assignment) {
        Long id = QueryParameters.optionalId("assignment", assignment);
        if (id == null) {
            throw new BadParameterException("assignment", "", "api.error.required");
        }
        return peerReviews.mine(id).stream().map(PeerReviewTaskDto::of).toList();
    }
}
