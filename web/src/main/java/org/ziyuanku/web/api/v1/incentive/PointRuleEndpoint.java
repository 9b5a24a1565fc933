package org.ziyuanku.web.api.v1.incentive;

import jakarta.ejb.EJB;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.ziyuanku.service.incentive.PointRuleCommand;
import org.ziyuanku.service.incentive.PointRuleService;

/**
 * {@code GET /api/v1/point-rules}: how points are earned (anyone); {@code PUT /api/v1/point-rules/{action}}
 * ({@code {points, unitSeconds?, dailyCap, version?}}): the system administrator changes a rule — 400 for a malformed
 * body or values out of range (message in the caller's language), 403 for anyone else, 404 for an unknown action, 409
 * for a stale version. Cross-site requests are refused by the API's same-origin filter.
 */
@Path("v1/point-rules")
public class PointRuleEndpoint {

    private static final String JSON = MediaType.APPLICATION_JSON + ";charset=UTF-8";

    @EJB
    private PointRuleService rules;

    @GET
    @Produces(JSON)
    public List<PointRuleDto> rules() {
        return rules.rules().stream().map(PointRuleDto::of).toList();
    }

    @PUT
    @Path("{action}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(JSON)
    public PointRuleDto change(@PathParam("action") String action, PointRuleBodyDto body) {
        if (body == null) {
            throw new BadRequestException();
        }
        return PointRuleDto.of(rules.change(action, new PointRuleCommand(body.points(), body.unitSeconds(),
                body.dailyCap(), body.version())));
    }
}
