package org.ziyuanku.web.api.v1.incentive;

import jakarta.ejb.EJB;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.ziyuanku.service.incentive.BadgeCredentialService;
import org.ziyuanku.web.api.ApiLocale;

/**
 * {@code GET /api/v1/badges/{credentialId}}: a badge credential by its id (the credential's own {@code id}), for
 * anyone who has the link — how a verifier checks it; an unknown or malformed id is 404.
 */
@Path("v1/badges")
public class BadgeCredentialEndpoint {

    @EJB
    private BadgeCredentialService credentials;

    @GET
    @Path("{credentialId}")
    @Produces(MyBadgeEndpoint.JSON_LD)
    public OpenBadgeCredentialDto credential(@PathParam("credentialId") String credentialId, @Context UriInfo uri,
            @Context HttpHeaders headers) {
        UUID id;
        try {
            id = UUID.fromString(credentialId);
        } catch (IllegalArgumentException e) {
            throw new NotFoundException();
        }
        return OpenBadgeCredentialDto.of(credentials.byCredential(id), uri.getBaseUri(), ApiLocale.of(headers));
    }
}
