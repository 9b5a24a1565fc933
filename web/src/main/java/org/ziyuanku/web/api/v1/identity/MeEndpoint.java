package org.ziyuanku.web.api.v1.identity;

import jakarta.ejb.EJB;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Arrays;
import java.util.List;
import org.ziyuanku.domain.system.PlatformRole;
import org.ziyuanku.service.identity.CallerService;

/**
 * {@code GET /api/v1/me} (bearer token or session): the caller's user name and platform roles, as the service layer
 * sees them, which proves that the OIDC identity reaches the EJBs.
 */
@Path("v1/me")
public class MeEndpoint {

    @EJB
    private CallerService caller;

    @GET
    @Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
    public MeDto me() {
        List<String> roles = Arrays.stream(PlatformRole.values()).map(PlatformRole::roleName)
                .filter(caller::callerHasRole).toList();
        return new MeDto(caller.callerName(), roles);
    }
}
