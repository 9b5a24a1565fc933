package org.ziyuanku.web.api.v1.learning;

import jakarta.ejb.EJB;
import jakarta.json.JsonObject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.ziyuanku.service.learning.HeartbeatService;
import org.ziyuanku.service.learning.LearningAttemptService;

/**
 * {@code /api/v1/offerings/{id}/attempts/{attemptId}/…}: heartbeats ({@code {token, seq, fromMs, toMs, playing, rate,
 * seeked, visible, page}}) and the end of an attempt. The answer says what the server credited; 404 for a token that
 * is not the attempt's or another learner's, 409 for a replayed beat or a superseded attempt, 410 for an expired one,
 * 400 for a beat that cannot be read.
 */
@Path("v1/offerings/{id: \\d+}/attempts")
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
@Consumes(MediaType.APPLICATION_JSON)
public class HeartbeatEndpoint {

    @EJB
    private HeartbeatService heartbeats;

    @EJB
    private LearningAttemptService attempts;

    @Context
    private HttpServletRequest request;

    @POST
    @Path("{attemptId: \\d+}/heartbeats")
    public HeartbeatDto beat(@PathParam("id") long offeringId, @PathParam("attemptId") long attemptId,
            JsonObject body) {
        return HeartbeatDto.of(heartbeats.beat(offeringId, attemptId, HeartbeatBodies.read(body),
                request.getRemoteAddr()));
    }

    @POST
    @Path("{attemptId: \\d+}/end")
    public Response end(@PathParam("id") long offeringId, @PathParam("attemptId") long attemptId, JsonObject body) {
        attempts.end(offeringId, attemptId, HeartbeatBodies.token(body), request.getRemoteAddr());
        return Response.noContent().build();
    }
}
