package org.ziyuanku.web.api.v1.review;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.ziyuanku.service.review.ReviewSubjectNames;
import org.ziyuanku.web.api.BadParameterException;

/**
 * Tiered review of the question bank on the questions' own paths, as {@link ResourceReviewEndpoint} does for
 * resources: {@code POST /api/v1/questions/{id}/submission} sends a question (or the pending new version of an approved
 * one) into its library's levels, {@code DELETE} withdraws it before a decision; {@code POST
 * /api/v1/questions/submissions} with {@code {"ids": [...]}} sends a selection (an import's questions), all or none;
 * {@code POST …/{id}/take-down} is a library administrator's. The decisions are the review tasks' own paths.
 */
@Path("v1/questions")
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
public class QuestionReviewEndpoint extends SubjectReviewEndpoint {

    private static final int MAX_IDS = 500;

    /** The ids of a selection to send. */
    public record SelectionDto(List<Long> ids) {
    }

    @Override
    protected String subject() {
        return ReviewSubjectNames.QUESTION;
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
        return Map.of("submitted", submissions().submitAll(ReviewSubjectNames.QUESTION, body.ids()));
    }
}
