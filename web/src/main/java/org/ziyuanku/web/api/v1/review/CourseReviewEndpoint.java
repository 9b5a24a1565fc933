package org.ziyuanku.web.api.v1.review;

import jakarta.ejb.EJB;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.ziyuanku.service.course.CourseRefusedException;
import org.ziyuanku.service.review.ReviewModerationService;
import org.ziyuanku.service.review.ReviewRecordService;
import org.ziyuanku.service.review.ReviewSubjectNames;
import org.ziyuanku.service.review.ReviewSubmissionService;
import org.ziyuanku.web.api.QueryParameters;

/**
 * Tiered review of standard courses on the courses' own paths ({@code /api/v1/courses/{id}/submission},
 * {@code …/take-down}, {@code …/review-record}), as {@link ResourceReviewEndpoint} does for resources: sending a
 * course (or its pending new version) into review with its library's levels, withdrawing it, taking a published one
 * down, and its public review record.
 */
@Path("v1/courses")
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
public class CourseReviewEndpoint {

    @EJB
    private ReviewSubmissionService submissions;

    @EJB
    private ReviewModerationService moderation;

    @EJB
    private ReviewRecordService records;

    /** Sends the course (or its pending new version) into tiered review; the lead or the library's administrators. */
    @POST
    @Path("{id}/submission")
    public ReviewSubmissionDto submit(@PathParam("id") String id) {
        return ReviewSubmissionDto.of(submissions.submit(ReviewSubjectNames.COURSE, QueryParameters.pathId(id)));
    }

    /** The author takes the course back out of review before a decision. */
    @DELETE
    @Path("{id}/submission")
    public ReviewSubmissionDto withdraw(@PathParam("id") String id) {
        return ReviewSubmissionDto.of(submissions.withdraw(ReviewSubjectNames.COURSE, QueryParameters.pathId(id)));
    }

    /** A library administrator takes the published course down: {@code {"reason": "…"}}. */
    @POST
    @Path("{id}/take-down")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response takeDown(@PathParam("id") String id, TakeDownDto body) {
        moderation.takeDown(ReviewSubjectNames.COURSE, QueryParameters.pathId(id), body == null ? null : body.reason());
        return Response.noContent().build();
    }

    /** The review record of a published course, for everybody. */
    @GET
    @Path("{id}/review-record")
    public ReviewRecordDto reviewRecord(@PathParam("id") String id) {
        long courseId = QueryParameters.pathId(id);
        return ReviewRecordDto.of(records.recordOf(ReviewSubjectNames.COURSE, courseId)
                .orElseThrow(() -> CourseRefusedException.notFound(courseId)));
    }
}
