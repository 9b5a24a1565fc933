package org.ziyuanku.web.api.v1.review;

import jakarta.ejb.EJB;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.ziyuanku.service.review.ReviewModerationService;
import org.ziyuanku.service.review.ReviewSubjectNames;
import org.ziyuanku.service.review.ReviewSubmissionService;
import org.ziyuanku.web.api.BadParameterException;
import org.ziyuanku.web.api.QueryParameters;

/**
 * Tiered review of the question bank on the questions' own paths, as {@link ResourceReviewEndpoint} does for
 * resources: {@code POST /api/v1/questions/{id}/submission} sends a question (or the pending new version of an approved
 * one) into its library's levels, {@code DELETE} withdraws it before a decision; {@code POST
 * /api/v1/questions/submissions} with {@code {"ids": [...]}} sends a selection (an import's questions), all or none;
 * {@code POST …/{id}/take-down} is a library administrator's. The decisions are the review tasks' own paths.
 */
@Path("v1/questions")
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
public class QuestionReviewEndpoint {

    private static final int MAX_IDS = 500;

    @EJB
    private ReviewSubmissionService submissions;

    @EJB
    private ReviewModerationService moderation;

    /** The ids of a selection to send. */
    public record SelectionDto(List<Long> ids) {
    }

    @POST
    @Path("{id}/submission")
    public ReviewSubmissionDto submit(@PathParam("id") String id) {
        return ReviewSubmissionDto.of(submissions.submit(ReviewSubjectNames.QUESTION, QueryParameters.pathId(id)));
    }

    @DELETE
    @Path("{id}/submission")
    public ReviewSubmissionDto withdraw(@PathParam("id") String id) {
        return ReviewSubmissionDto.of(submissions.withdraw(ReviewSubjectNames.QUESTION, QueryParameters.pathId(id)));
    }

    /** Sends every question of the selection, or none: {@code {"submitted": n}}. */
    @POST
    @Path("submissions")
    @Consumes(MediaType.APPLICATION_JSON)
    public Map<String, Integer> submitAll(SelectionDto body) {
        if (body == null || body.ids() == null || body.ids().isEmpty() || body.ids().size() > MAX_IDS
                || body.ids().stream().anyMatch(Objects::isNull) || body.ids().stream().distinct().count()
                != body.ids().size()) {
            throw new BadParameterException("ids", "", "api.error.questionIds");
        }
        return Map.of("submitted", submissions.submitAll(ReviewSubjectNames.QUESTION, body.ids()));
    }

    /** A library administrator takes the approved question down: {@code {"reason": "…"}}. */
    @POST
    @Path("{id}/take-down")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response takeDown(@PathParam("id") String id, TakeDownDto body) {
        moderation.takeDown(ReviewSubjectNames.QUESTION, QueryParameters.pathId(id), body == null ? null : body.reason());
        return Response.noContent().build();
    }
}
