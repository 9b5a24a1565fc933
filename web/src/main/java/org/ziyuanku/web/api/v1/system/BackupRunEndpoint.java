package org.ziyuanku.web.api.v1.system;

import jakarta.ejb.EJB;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.ziyuanku.service.backup.BackupService;
import org.ziyuanku.web.api.BadParameterException;
import org.ziyuanku.web.api.QueryParameters;

/**
 * {@code /api/v1/backups}: the system administrator's backups. GET pages through the runs, newest first
 * ({@code page} from 0, {@code size} 1–100, default 20); POST starts a backup now and answers 202 with the run's id
 * (409 while one runs). POST takes no body: anything but an empty body (or an empty JSON object) is refused with
 * 400 before anything starts. 403 for anyone but the system administrator, and the refusal is audited.
 */
@Path("v1/backups")
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
public class BackupRunEndpoint {

    private static final int DEFAULT_SIZE = 20;
    private static final int MAX_SIZE = BackupService.MAX_PAGE_SIZE;
    private static final int SHOWN_BODY = 40;

    @EJB
    private BackupService backups;

    @GET
    public Response history(@QueryParam("page") String page, @QueryParam("size") String size) {
        BackupRunPageDto runs = BackupRunPageDto.of(backups.history(
                QueryParameters.integer("page", page, 0, 0, Integer.MAX_VALUE / MAX_SIZE),
                QueryParameters.integer("size", size, DEFAULT_SIZE, 1, MAX_SIZE)));
        return Response.ok(runs).header("Cache-Control", "no-store").build();
    }

    @POST
    @Consumes(MediaType.WILDCARD)
    public Response start(String body) {
        String content = body == null ? "" : body.strip();
        if (!content.isEmpty() && !content.replaceAll("\\s", "").equals("{}")) {
            throw new BadParameterException("body", content.substring(0, Math.min(content.length(), SHOWN_BODY)),
                    "system.backups.bodyNotEmpty");
        }
        return Response.accepted(new BackupStartedDto(backups.start())).build();
    }
}
