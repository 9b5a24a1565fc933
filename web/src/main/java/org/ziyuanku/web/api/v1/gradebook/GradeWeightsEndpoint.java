package org.ziyuanku.web.api.v1.gradebook;

import jakarta.ejb.EJB;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.ziyuanku.service.gradebook.GradeWeightsCommand;
import org.ziyuanku.service.gradebook.GradebookService;
import org.ziyuanku.web.api.QueryParameters;

/**
 * {@code /api/v1/offerings/{id}/grade-weights}: {@code GET} the weights of the offering's grade categories (its staff
 * and learners; the defaults when never set); {@code PUT} new ones ({@code {progress, homework, discussion, exam,
 * discussionTarget, version?}}), for the offering's staff only: 400 for a malformed body or weights that are not
 * integers 0–100 summing to 100 (message in the caller's language), 403 for a learner of the offering, 404 for anyone
 * else, 409 for a stale version. Cross-site requests are refused by the API's same-origin filter.
 */
@Path("v1/offerings/{id: \\d+}/grade-weights")
public class GradeWeightsEndpoint {

    private static final String JSON = MediaType.APPLICATION_JSON + ";charset=UTF-8";

    @EJB
    private GradebookService gradebook;

    @GET
    @Produces(JSON)
    public GradeWeightsDto weights(@PathParam("id") String id) {
        return GradeWeightsDto.of(gradebook.weights(QueryParameters.pathId(id)));
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(JSON)
    public GradeWeightsDto save(@PathParam("id") String id, GradeWeightsBodyDto body) {
        if (body == null) {
            throw new BadRequestException();
        }
        return GradeWeightsDto.of(gradebook.saveWeights(QueryParameters.pathId(id), new GradeWeightsCommand(
                body.progress(), body.homework(), body.discussion(), body.exam(), body.discussionTarget(),
                body.version())));
    }
}
