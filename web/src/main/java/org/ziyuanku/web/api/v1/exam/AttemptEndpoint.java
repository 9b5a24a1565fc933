package org.ziyuanku.web.api.v1.exam;

import jakarta.ejb.EJB;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.ziyuanku.service.exam.AttemptService;
import org.ziyuanku.service.exam.ExamGradingService;
import org.ziyuanku.web.api.BadParameterException;
import org.ziyuanku.web.api.QueryParameters;

/**
 * A learner's exam attempt ({@code /api/v1/attempts/{id}}): read it, save an answer ({@code PUT answers/{questionId}}
 * with {@code {answer, seq}}: a save with a lower or equal {@code seq} than the stored one changes nothing and answers
 * the stored one), count a switch away from the page, submit; and a teacher's grade of one answer
 * ({@code POST answers/{questionId}/grade}). Another learner's attempt is 404; a learner grading is 403.
 */
@Path("v1/attempts")
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
public class AttemptEndpoint {

    @EJB
    private AttemptService attempts;

    @EJB
    private ExamGradingService grading;

    @GET
    @Path("{id}")
    public AttemptDto get(@PathParam("id") String id) {
        return AttemptDto.of(attempts.get(QueryParameters.pathId(id)));
    }

    /** Saves the answer; answers the answer stored now with its seq. */
    @PUT
    @Path("{id}/answers/{questionId}")
    @Consumes(MediaType.APPLICATION_JSON)
    public AttemptDto.SavedAnswer save(@PathParam("id") String id, @PathParam("questionId") String questionId,
            AnswerBody body) {
        if (body == null || body.answer() == null) {
            throw new BadParameterException("answer", "", "api.error.required");
        }
        if (body.seq() == null || body.seq() < 1) {
            throw new BadParameterException("seq", String.valueOf(body.seq()), "api.error.positive");
        }
        return AttemptDto.SavedAnswer.of(attempts.save(QueryParameters.pathId(id), QueryParameters.pathId(questionId),
                body.answer().toLearnerAnswer(), body.seq()));
    }

    /** Counts one switch away from the exam page; answers {@code {switchAwayCount}}. */
    @POST
    @Path("{id}/switch-away")
    public SwitchAwayDto switchAway(@PathParam("id") String id) {
        return new SwitchAwayDto(attempts.switchAway(QueryParameters.pathId(id)));
    }

    @POST
    @Path("{id}/submit")
    public AttemptDto submit(@PathParam("id") String id) {
        return AttemptDto.of(attempts.submit(QueryParameters.pathId(id)));
    }

    /** A teacher's grade of the answer; answers the attempt's result after it. */
    @POST
    @Path("{id}/answers/{questionId}/grade")
    @Consumes(MediaType.APPLICATION_JSON)
    public ExamResultDto grade(@PathParam("id") String id, @PathParam("questionId") String questionId,
            GradeBody body) {
        if (body == null || body.score() == null) {
            throw new BadParameterException("score", "", "api.error.required");
        }
        return ExamResultDto.of(grading.grade(QueryParameters.pathId(id), QueryParameters.pathId(questionId),
                body.score(), body.comment()));
    }
}
