package org.ziyuanku.web.api.v1.identity;

import jakarta.ejb.EJB;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.ziyuanku.service.identity.OrganisationProfileCommand;
import org.ziyuanku.service.identity.OrganisationUnitService;
import org.ziyuanku.web.api.QueryParameters;

/**
 * {@code /api/v1/organisations/{id}/profile}, an organisation's data for those who administer it (403 otherwise):
 * {@code GET} name, type and province from the catalogue with the abbreviation, website, contact phone and e-mail
 * and address; {@code PUT} sets the latter (400 for a malformed one). Its own path rather than
 * {@code /organisations/{id}}, so no root path here is a prefix of the members' and units' endpoints.
 */
@Path("v1/organisations/{id}/profile")
public class OrganisationProfileEndpoint {

    private static final String JSON = MediaType.APPLICATION_JSON + ";charset=UTF-8";

    @EJB
    private OrganisationUnitService service;

    @GET
    @Produces(JSON)
    public OrganisationDetailsDto get(@PathParam("id") String id) {
        long organisationId = QueryParameters.pathId(id);
        return OrganisationDetailsDto.of(OrganisationUnitEndpoint.known(() -> service.profile(organisationId)));
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(JSON)
    public OrganisationDetailsDto put(@PathParam("id") String id, OrganisationProfileDto body) {
        long organisationId = QueryParameters.pathId(id);
        if (body == null) {
            throw new BadRequestException();
        }
        return OrganisationDetailsDto.of(OrganisationUnitEndpoint.known(() -> service.describe(organisationId,
                new OrganisationProfileCommand(body.shortName(), body.website(), body.contactPhone(),
                        body.contactEmail(), body.address()))));
    }
}
