package org.ziyuanku.web.api.v1.identity;

import jakarta.ejb.EJB;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.function.Supplier;
import org.ziyuanku.service.identity.OrganisationUnitService;
import org.ziyuanku.service.identity.UnitCommand;
import org.ziyuanku.service.identity.UnknownOrganisationException;
import org.ziyuanku.web.api.QueryParameters;

/**
 * {@code /api/v1/organisations/{id}/units}, an organisation's units (组织机构) for those who administer it (403
 * otherwise): {@code GET} the tree depth first (each unit with {@code parentId} and {@code depth}), {@code POST} adds
 * one (201), {@code PUT /{unitId}} renames and moves one (its {@code parentId} is where it goes), {@code DELETE
 * /{unitId}} removes one without units or people (204). A bad name or a move under itself answers 400, a sibling with
 * the same name or a unit that still has units or people 409, an unknown organisation or unit 404.
 */
@Path("v1/organisations/{id}/units")
public class OrganisationUnitEndpoint {

    private static final String JSON = MediaType.APPLICATION_JSON + ";charset=UTF-8";

    @EJB
    private OrganisationUnitService service;

    @GET
    @Produces(JSON)
    public List<OrganisationUnitNodeDto> list(@PathParam("id") String id) {
        long organisationId = QueryParameters.pathId(id);
        return known(() -> service.units(organisationId)).stream().map(OrganisationUnitNodeDto::of).toList();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(JSON)
    public Response add(@PathParam("id") String id, OrganisationUnitDto body) {
        long organisationId = QueryParameters.pathId(id);
        UnitCommand command = command(body);
        return Response.status(Response.Status.CREATED).entity(OrganisationUnitNodeDto.of(known(() -> service.add(
                organisationId, command)))).build();
    }

    @PUT
    @Path("{unitId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(JSON)
    public OrganisationUnitNodeDto change(@PathParam("id") String id, @PathParam("unitId") String unitId,
            OrganisationUnitDto body) {
        long organisationId = QueryParameters.pathId(id);
        long unit = QueryParameters.pathId(unitId);
        UnitCommand command = command(body);
        return OrganisationUnitNodeDto.of(known(() -> service.change(organisationId, unit, command)));
    }

    @DELETE
    @Path("{unitId}")
    public Response delete(@PathParam("id") String id, @PathParam("unitId") String unitId) {
        long organisationId = QueryParameters.pathId(id);
        long unit = QueryParameters.pathId(unitId);
        known(() -> {
            service.delete(organisationId, unit);
            return unit;
        });
        return Response.noContent().build();
    }

    private static UnitCommand command(OrganisationUnitDto body) {
        if (body == null) {
            throw new BadRequestException();
        }
        return new UnitCommand(body.parentId(), body.name(), body.code(), body.sortOrder());
    }

    static <T> T known(Supplier<T> call) {
        try {
            return call.get();
        } catch (UnknownOrganisationException e) {
            throw new NotFoundException(e);
        }
    }
}
