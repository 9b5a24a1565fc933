package org.ziyuanku.web.api.v1.exam;

import jakarta.ejb.EJB;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.ziyuanku.service.exam.ExamPeerGradingService;
import org.ziyuanku.web.api.BadParameterException;
import org.ziyuanku.web.api.QueryParameters;

/**
 * A learner's peer-grading task of an exam ({@code POST /api/v1/peer-tasks/{id}} with {@code {score, comment}}: grade
 * or revise it until a teacher grades the answer); anyone but its reviewer gets 404. The tasks are listed by
 * {@code GET /api/v1/exams/{id}/peer-tasks}. Same-origin check or bearer token as every state change.
 */
@Path("v1/peer-tasks")
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
public class PeerTaskEndpoint {

    @EJB
    private ExamPeerGradingService peers;

    @POST
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public PeerTaskDto grade(@PathParam("id") String id, GradeBody body) {
        if (body == null || body.score() == null) {
            throw new BadParameterException("score", "", "api.error.required");
        }
        return PeerTaskDto.of(peers.grade(QueryParameters.pathId(id), body.score(), body.comment()));
    }
}
