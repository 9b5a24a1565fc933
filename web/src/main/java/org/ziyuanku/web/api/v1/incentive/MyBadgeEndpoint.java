package org.ziyuanku.web.api.v1.incentive;

import jakarta.ejb.EJB;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.ziyuanku.service.incentive.BadgeCredentialService;
import org.ziyuanku.web.api.ApiLocale;
import org.ziyuanku.web.api.QueryParameters;

/**
 * {@code GET /api/v1/me/badges/{awardId}/credential}: the download of one of the caller's badges as an Open Badges
 * 3.0 credential (JSON-LD, {@code badge-<id>.json}); another account's award is 404 (audited as a denial).
 */
@Path("v1/me/badges")
public class MyBadgeEndpoint {

    static final String JSON_LD = "application/ld+json;charset=UTF-8";

    @EJB
    private BadgeCredentialService credentials;

    @GET
    @Path("{id}/credential")
    @Produces(JSON_LD)
    public Response credential(@PathParam("id") String id, @Context UriInfo uri, @Context HttpHeaders headers) {
        long awardId = QueryParameters.pathId(id);
        OpenBadgeCredentialDto credential = OpenBadgeCredentialDto.of(credentials.mine(awardId), uri.getBaseUri(),
                ApiLocale.of(headers));
        return Response.ok(credential, JSON_LD).header("Content-Disposition",
                "attachment; filename=\"badge-" + awardId + ".json\"").build();
    }
}
