package org.ziyuanku.web.api.v1.identity;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.util.Arrays;
import java.util.List;
import org.ziyuanku.web.console.PlatformRole;

/** {@code GET /api/v1/me} (bearer token or session): the caller's user name and platform roles. */
@Path("v1/me")
public class MeEndpoint {

    @Context
    private SecurityContext security;

    @GET
    @Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
    public MeDto me() {
        List<String> roles = Arrays.stream(PlatformRole.values()).map(PlatformRole::roleName)
                .filter(security::isUserInRole).toList();
        return new MeDto(security.getUserPrincipal().getName(), roles);
    }
}
