package org.ziyuanku.web.api.v1.system;

import jakarta.ejb.EJB;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.ziyuanku.service.system.HealthService;

/** {@code GET /api/v1/health}: 200 {"status":"UP"} when the database answers, 503 {"status":"DOWN"} otherwise. */
@Path("v1/health")
public class HealthEndpoint {

    @EJB
    private HealthService health;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Response health() {
        boolean up = health.isDatabaseReachable();
        HealthDto body = new HealthDto(up ? "UP" : "DOWN", up ? "UP" : "DOWN");
        return Response.status(up ? Response.Status.OK : Response.Status.SERVICE_UNAVAILABLE).entity(body)
                .header("Cache-Control", "no-store").build();
    }
}
