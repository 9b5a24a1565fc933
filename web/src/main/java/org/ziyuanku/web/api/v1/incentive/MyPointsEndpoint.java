package org.ziyuanku.web.api.v1.incentive;

import jakarta.ejb.EJB;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.ziyuanku.service.incentive.PointsService;

/**
 * {@code GET /api/v1/me/points}: the caller's total, level, today's points against the caps, latest awards and
 * badges (401 without an account).
 */
@Path("v1/me/points")
public class MyPointsEndpoint {

    @EJB
    private PointsService points;

    @GET
    @Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
    public MyPointsDto mine() {
        return MyPointsDto.of(points.mine());
    }
}
