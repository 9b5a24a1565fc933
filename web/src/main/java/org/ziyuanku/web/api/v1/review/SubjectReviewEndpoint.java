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
import org.ziyuanku.service.review.ReviewModerationService;
import org.ziyuanku.service.review.ReviewSubmissionService;
import org.ziyuanku.web.api.QueryParameters;

/**
 * Tiered review of one subject type on that subject's own paths, shared by {@link ResourceReviewEndpoint},
 * {@link CourseReviewEndpoint} and {@link QuestionReviewEndpoint}: {@code POST …/{id}/submission} sends the subject (or
 * its pending new version) into its library's levels, {@code DELETE} withdraws it before a decision, and {@code POST
 * …/{id}/take-down} with {@code {"reason": "…"}} is a library administrator's. The subclasses give the root path and
 * the subject type.
 */
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
public abstract class SubjectReviewEndpoint {

    @EJB
    private ReviewSubmissionService submissions;

    @EJB
    private ReviewModerationService moderation;

    /** The subject type the path's id names ({@code ReviewSubjectNames}). */
    protected abstract String subject();

    /** The submissions service, for a subclass's own paths. */
    protected ReviewSubmissionService submissions() {
        return submissions;
    }

    /** Sends the subject (or its pending new version) into tiered review (先审后发). */
    @POST
    @Path("{id}/submission")
    public ReviewSubmissionDto submit(@PathParam("id") String id) {
        return ReviewSubmissionDto.of(submissions.submit(subject(), QueryParameters.pathId(id)));
    }

    /** The author takes the subject back out of review before a decision. */
    @DELETE
    @Path("{id}/submission")
    public ReviewSubmissionDto withdraw(@PathParam("id") String id) {
        return ReviewSubmissionDto.of(submissions.withdraw(subject(), QueryParameters.pathId(id)));
    }

    /** A library administrator takes the published subject down (下架): {@code {"reason": "…"}}. */
    @POST
    @Path("{id}/take-down")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response takeDown(@PathParam("id") String id, TakeDownDto body) {
        moderation.takeDown(subject(), QueryParameters.pathId(id), body == null ? null : body.reason());
        return Response.noContent().build();
    }
}
