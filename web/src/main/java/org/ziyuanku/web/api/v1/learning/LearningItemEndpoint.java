package org.ziyuanku.web.api.v1.learning;

import jakarta.ejb.EJB;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.ziyuanku.service.learning.LearningAttemptService;
import org.ziyuanku.web.api.ApiLocale;
import org.ziyuanku.web.faces.MessageBundle;

/**
 * {@code /api/v1/offerings/{id}/items/{nodeId}/…}: starting an attempt at an item (enrolled learners, or anyone
 * signed in for a trial item; a 积件 item's part by {@code ?part=<the part's resource id>}). There is no call that completes an item: {@code …/completion} answers 405 and the
 * claim is recorded as a {@code COMPLETION_CLAIM} anomaly. (The offering resource itself is teaching's.)
 */
@Path("v1/offerings/{id: \\d+}/items")
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
public class LearningItemEndpoint {

    @EJB
    private LearningAttemptService attempts;

    @Context
    private HttpServletRequest request;

    @Context
    private HttpHeaders headers;

    @POST
    @Path("{nodeId: \\d+}/attempts")
    public AttemptDto start(@PathParam("id") long offeringId, @PathParam("nodeId") long nodeId,
            @QueryParam("part") String part) {
        return AttemptDto.of(offeringId, attempts.start(offeringId, nodeId, partOf(part)));
    }

    /**
     * The part asked for: null when absent or blank; a part that matches nothing ({@code -1}) when it is not a number,
     * so that the service refuses it (404, audited) as it refuses any part not in the 积件.
     */
    static Long partOf(String part) {
        if (part == null || part.isBlank()) {
            return null;
        }
        try {
            return Long.parseLong(part.strip());
        } catch (NumberFormatException e) {
            return -1L;
        }
    }

    @POST
    @Path("{nodeId: \\d+}/completion")
    public Response completeByPost(@PathParam("id") long offeringId, @PathParam("nodeId") long nodeId) {
        return refuseClaim(offeringId, "POST completion of item " + nodeId);
    }

    @PUT
    @Path("{nodeId: \\d+}/completion")
    public Response completeByPut(@PathParam("id") long offeringId, @PathParam("nodeId") long nodeId) {
        return refuseClaim(offeringId, "PUT completion of item " + nodeId);
    }

    @PATCH
    @Path("{nodeId: \\d+}/completion")
    public Response completeByPatch(@PathParam("id") long offeringId, @PathParam("nodeId") long nodeId) {
        return refuseClaim(offeringId, "PATCH completion of item " + nodeId);
    }

    private Response refuseClaim(long offeringId, String what) {
        attempts.refuseCompletionClaim(offeringId, what, request.getRemoteAddr());
        return LearningRefusalMapper.error(405, "method_not_allowed",
                MessageBundle.text(ApiLocale.of(headers), "learning.refused.completionClaim"));
    }
}
