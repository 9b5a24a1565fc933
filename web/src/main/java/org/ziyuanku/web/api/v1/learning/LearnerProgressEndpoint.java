package org.ziyuanku.web.api.v1.learning;

import jakarta.ejb.EJB;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.ziyuanku.service.learning.LearnerProgressService;
import org.ziyuanku.service.learning.LearningAttemptService;
import org.ziyuanku.web.api.ApiLocale;
import org.ziyuanku.web.faces.MessageBundle;

/**
 * {@code /api/v1/offerings/{id}/progress}: the caller's own progress in an offering they are enrolled in (404
 * otherwise). Progress is read only: any attempt to write it answers 405 and is recorded as a
 * {@code COMPLETION_CLAIM} anomaly.
 */
@Path("v1/offerings/{id: \\d+}/progress")
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
public class LearnerProgressEndpoint {

    @EJB
    private LearnerProgressService progress;

    @EJB
    private LearningAttemptService attempts;

    @Context
    private HttpServletRequest request;

    @Context
    private HttpHeaders headers;

    @GET
    public CourseProgressDto mine(@PathParam("id") long offeringId) {
        return CourseProgressDto.of(progress.course(offeringId));
    }

    @POST
    public Response post(@PathParam("id") long offeringId) {
        return refuse(offeringId, "POST progress");
    }

    @PUT
    public Response put(@PathParam("id") long offeringId) {
        return refuse(offeringId, "PUT progress");
    }

    @PATCH
    public Response patch(@PathParam("id") long offeringId) {
        return refuse(offeringId, "PATCH progress");
    }

    @DELETE
    public Response delete(@PathParam("id") long offeringId) {
        return refuse(offeringId, "DELETE progress");
    }

    private Response refuse(long offeringId, String what) {
        attempts.refuseCompletionClaim(offeringId, what, request.getRemoteAddr());
        return LearningRefusalMapper.error(405, "method_not_allowed",
                MessageBundle.text(ApiLocale.of(headers), "learning.refused.completionClaim"));
    }
}
