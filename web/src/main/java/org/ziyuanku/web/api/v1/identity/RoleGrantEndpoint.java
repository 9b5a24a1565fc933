package org.ziyuanku.web.api.v1.identity;

import jakarta.ejb.EJB;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.ziyuanku.domain.identity.ScopeType;
import org.ziyuanku.service.identity.GrantRoleCommand;
import org.ziyuanku.service.identity.RoleGrantService;
import org.ziyuanku.web.api.BadParameterException;
import org.ziyuanku.web.api.QueryParameters;

/**
 * {@code /api/v1/role-grants}: roles held within a scope. GET lists the grants the caller administers; POST grants
 * (201); DELETE revokes (204). 403 outside the caller's powers (a system or audit administrator grants nothing),
 * 400/409 with a localised message when a rule is broken.
 */
@Path("v1/role-grants")
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
public class RoleGrantEndpoint {

    @EJB
    private RoleGrantService grants;

    @GET
    public List<RoleGrantDto> list() {
        return grants.visibleGrants().stream().map(RoleGrantDto::of).toList();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response grant(GrantRoleDto body, @Context UriInfo uri) {
        if (body == null || body.username() == null || body.username().isBlank()) {
            throw new BadParameterException("username", "", "api.error.required");
        }
        if (body.role() == null || body.role().isBlank()) {
            throw new BadParameterException("role", "", "api.error.required");
        }
        ScopeType scopeType = QueryParameters.enumValue("scopeType", body.scopeType(), ScopeType.class,
                "api.error.unknownScopeType");
        if (scopeType == null) {
            throw new BadParameterException("scopeType", "", "api.error.required");
        }
        long scopeId = body.scopeId() == null ? 0 : body.scopeId();
        RoleGrantDto created = RoleGrantDto.of(grants.grant(new GrantRoleCommand(body.username().strip(),
                body.role().strip(), scopeType, scopeId)));
        return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(created.id())).build())
                .entity(created).build();
    }

    @DELETE
    @Path("{id}")
    public Response revoke(@PathParam("id") String id) {
        long grantId = QueryParameters.pathId(id);
        grants.revoke(grantId).orElseThrow(NotFoundException::new);
        return Response.noContent().build();
    }
}
