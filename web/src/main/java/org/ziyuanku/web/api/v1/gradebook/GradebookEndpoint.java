package org.ziyuanku.web.api.v1.gradebook;

import jakarta.ejb.EJB;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.ziyuanku.service.gradebook.GradebookService;
import org.ziyuanku.web.api.QueryParameters;

/**
 * {@code GET /api/v1/classes/{id}/grades}: the class's gradebook — every learner's row for its teachers, assistants
 * and the offering's owner, only their own row for a learner of the class, 404 for anyone else;
 * {@code …/grades/me}: the caller's own row; {@code …/grades/{learnerId}}: one learner's row (a learner asking for
 * another's: 403). Reads only; refusals are audited.
 */
@Path("v1/classes/{id: \\d+}/grades")
public class GradebookEndpoint {

    private static final String JSON = MediaType.APPLICATION_JSON + ";charset=UTF-8";

    @EJB
    private GradebookService gradebook;

    @GET
    @Produces(JSON)
    public GradebookDto grades(@PathParam("id") String id) {
        return GradebookDto.of(gradebook.gradebook(QueryParameters.pathId(id)));
    }

    @GET
    @Path("me")
    @Produces(JSON)
    public LearnerGradeDto mine(@PathParam("id") String id) {
        return LearnerGradeDto.of(gradebook.mine(QueryParameters.pathId(id)));
    }

    @GET
    @Path("{learner: \\d+}")
    @Produces(JSON)
    public LearnerGradeDto learner(@PathParam("id") String id, @PathParam("learner") String learner) {
        return LearnerGradeDto.of(gradebook.learner(QueryParameters.pathId(id), QueryParameters.pathId(learner)));
    }
}
