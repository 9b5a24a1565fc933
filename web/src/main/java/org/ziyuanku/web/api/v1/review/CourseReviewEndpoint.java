package org.ziyuanku.web.api.v1.review;

import jakarta.ejb.EJB;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.ziyuanku.service.course.CourseRefusedException;
import org.ziyuanku.service.review.ReviewRecordService;
import org.ziyuanku.service.review.ReviewSubjectNames;
import org.ziyuanku.web.api.QueryParameters;

/**
 * Tiered review of standard courses on the courses' own paths ({@code /api/v1/courses/{id}/submission},
 * {@code …/take-down}, {@code …/review-record}), as {@link ResourceReviewEndpoint} does for resources: sending a
 * course (or its pending new version) into review with its library's levels, withdrawing it, taking a published one
 * down, and its public review record.
 */
@Path("v1/courses")
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
public class CourseReviewEndpoint extends SubjectReviewEndpoint {

    @EJB
    private ReviewRecordService records;

    @Override
    protected String subject() {
        return ReviewSubjectNames.COURSE;
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
