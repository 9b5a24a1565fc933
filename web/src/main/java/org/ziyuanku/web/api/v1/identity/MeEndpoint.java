package org.ziyuanku.web.api.v1.identity;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Arrays;
import java.util.List;
import org.ziyuanku.domain.system.PlatformRole;
import org.ziyuanku.service.identity.Caller;

/**
 * {@code GET /api/v1/me} (bearer token or session): the caller's user name and platform roles, as the service layer
 * sees them ({@link Caller}), which proves that the OIDC identity reaches the EJBs.
 */
@Path("v1/me")
public class MeEndpoint {

    @Inject
    private Caller caller;

    @GET
    @Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
    public MeDto me() {
        List<String> roles = Arrays.stream(PlatformRole.values()).filter(caller::holds).map(PlatformRole::roleName)
                .toList();
        return new MeDto(caller.username(), roles);
    }
}
