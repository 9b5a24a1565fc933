package org.ziyuanku.web.api.v1.learning;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDateTime;
import org.ziyuanku.service.gradebook.GradebookService;
import org.ziyuanku.service.identity.Caller;
import org.ziyuanku.service.incentive.PointsService;
import org.ziyuanku.service.learning.LearnerProgressService;
import org.ziyuanku.service.system.AccessDeniedException;
import org.ziyuanku.service.teaching.AssignmentService;
import org.ziyuanku.web.console.learning.LearningArchive;

/**
 * {@code GET /api/v1/me/archive}: the caller's own learning archive (学习档案) as a JSON download
 * ({@code my-archive.json}): courses with progress and grades, homework due soon, points and badges (401 without an
 * account). Only the caller's own data: every part is read through the services that enforce that.
 */
@Path("v1/me/archive")
public class MyArchiveEndpoint {

    @Inject
    private Caller caller;

    @EJB
    private LearnerProgressService progress;

    @EJB
    private GradebookService gradebook;

    @EJB
    private AssignmentService assignments;

    @EJB
    private PointsService points;

    @GET
    @Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
    public Response archive() {
        if (caller.isAnonymous()) {
            throw new AccessDeniedException("the archive needs an account");
        }
        LocalDateTime now = LocalDateTime.now();
        LearningArchive archive = LearningArchive.read(progress.myCourses(), gradebook, assignments, now);
        MyArchiveDto body = MyArchiveDto.of(caller.username(), caller.displayName(), caller.organisationName(),
                now.toString(), archive, points.mine());
        return Response.ok(body).header("Content-Disposition", "attachment; filename=\"my-archive.json\"").build();
    }
}
