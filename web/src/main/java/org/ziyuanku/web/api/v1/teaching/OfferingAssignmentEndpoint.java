package org.ziyuanku.web.api.v1.teaching;

import jakarta.ejb.EJB;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.ziyuanku.service.teaching.AssignmentCommand;
import org.ziyuanku.service.teaching.AssignmentService;
import org.ziyuanku.web.api.QueryParameters;

/**
 * {@code /api/v1/offerings/{id}/assignments} (signed in only): {@code GET} the offering's homework for the caller
 * (staff all of their classes', learners the published ones for them); {@code POST} a new draft (its teachers, 201;
 * a learner of the offering 403, anyone else 404).
 */
@Path("v1/offerings/{id}/assignments")
public class OfferingAssignmentEndpoint {

    private static final String JSON = MediaType.APPLICATION_JSON + ";charset=UTF-8";

    @EJB
    private AssignmentService assignments;

    @GET
    @Produces(JSON)
    public List<AssignmentDto> list(@PathParam("id") String id) {
        return assignments.list(QueryParameters.pathId(id)).stream().map(AssignmentDto::of).toList();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(JSON)
    public Response create(@PathParam("id") String id, AssignmentBodyDto body) {
        return OfferingEndpoint.created(AssignmentDto.of(assignments.create(QueryParameters.pathId(id),
                command(body))));
    }

    static AssignmentCommand command(AssignmentBodyDto b) {
        if (b == null) {
            throw new BadRequestException();
        }
        return new AssignmentCommand(b.classId(), b.title(), b.instructions(), b.opensAt(), b.dueAt(), b.latePolicy(),
                b.latePenaltyPercent(), b.maxPoints(), b.submissionKinds(), b.grading(), b.peerCount(),
                b.rubric() == null ? null : b.rubric().stream().map(c -> c == null ? null : c.command()).toList(),
                b.aggregation(), b.noReviewPenalty());
    }
}
