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
import org.ziyuanku.service.teaching.AssignmentService;
import org.ziyuanku.service.teaching.ClassScopeService;
import org.ziyuanku.web.api.QueryParameters;

/**
 * {@code /api/v1/classes/{id}/assignments} (signed in only): {@code GET} the homework that concerns the class (its
 * own and the whole offering's) as {@code /offerings/{o}/assignments} shows it to the caller; {@code POST} a draft for
 * the class (the body of {@code /offerings/{o}/assignments}, 201; a {@code classId} naming another class 400). Anyone
 * who is neither staff nor ACTIVE learner of the class 404 (audited); a learner posting 403.
 */
@Path("v1/classes/{id: \\d+}/assignments")
public class ClassAssignmentEndpoint {

    private static final String JSON = MediaType.APPLICATION_JSON + ";charset=UTF-8";

    @EJB
    private ClassScopeService scope;

    @EJB
    private AssignmentService assignments;

    @GET
    @Produces(JSON)
    public List<AssignmentDto> list(@PathParam("id") String id) {
        long classId = QueryParameters.pathId(id);
        return assignments.list(scope.offeringOf(classId)).stream()
                .filter(a -> ClassScope.concerns(a.classId(), classId)).map(AssignmentDto::of).toList();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(JSON)
    public Response create(@PathParam("id") String id, AssignmentBodyDto b) {
        long classId = QueryParameters.pathId(id);
        long offeringId = scope.offeringOf(classId);
        if (b == null) {
            throw new BadRequestException();
        }
        AssignmentBodyDto forClass = new AssignmentBodyDto(ClassScope.classOf(b.classId(), classId), b.title(),
                b.instructions(), b.opensAt(), b.dueAt(), b.latePolicy(), b.latePenaltyPercent(), b.maxPoints(),
                b.submissionKinds(), b.grading(), b.peerCount(), b.rubric(), b.aggregation(), b.noReviewPenalty());
        return OfferingEndpoint.created(AssignmentDto.of(assignments.create(offeringId,
                OfferingAssignmentEndpoint.command(forClass))));
    }
}
