package org.ziyuanku.web.api.v1.identity;

import jakarta.ejb.EJB;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.ziyuanku.service.identity.MemberView;
import org.ziyuanku.service.identity.OrganisationMemberService;
import org.ziyuanku.web.api.QueryParameters;

/**
 * {@code GET /api/v1/organisations/{id}/members}: the people of an organisation, for its administrators; 403 for
 * anyone whose role scope does not cover it (a school administrator of another school, say).
 */
@Path("v1/organisations/{id}/members")
public class OrganisationMemberEndpoint {

    @EJB
    private OrganisationMemberService members;

    @GET
    @Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
    public List<MemberView> list(@PathParam("id") String id) {
        long organisationId = QueryParameters.pathId(id);
        return members.listMembers(organisationId).orElseThrow(NotFoundException::new);
    }
}
