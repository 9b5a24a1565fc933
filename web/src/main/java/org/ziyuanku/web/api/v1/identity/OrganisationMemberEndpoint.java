package org.ziyuanku.web.api.v1.identity;

import jakarta.ejb.EJB;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.util.List;
import java.util.function.Supplier;
import org.ziyuanku.service.identity.InviteMemberCommand;
import org.ziyuanku.service.identity.MemberImportReport;
import org.ziyuanku.service.identity.MemberInvitationService;
import org.ziyuanku.service.identity.OrganisationMemberService;
import org.ziyuanku.service.identity.UnknownOrganisationException;
import org.ziyuanku.web.api.ApiLocale;
import org.ziyuanku.web.api.QueryParameters;

/**
 * {@code /api/v1/organisations/{id}/members}, for the organisation's administrators (403 for anyone whose role scope
 * does not cover it, a school administrator of another school, say): {@code GET} lists its people; {@code POST}
 * (JSON) invites one person; {@code POST …/import} (the .xlsx workbook as the body) invites a sheet of them. An
 * invitation answers 201 when everyone was created, 400 with the rows to correct (nothing created), or 502 when
 * Keycloak failed midway ({@code partial}, with the users created before).
 */
@Path("v1/organisations/{id}/members")
public class OrganisationMemberEndpoint {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final String JSON = MediaType.APPLICATION_JSON + ";charset=UTF-8";

    @EJB
    private OrganisationMemberService members;

    @EJB
    private MemberInvitationService invitations;

    @GET
    @Produces(JSON)
    public List<MemberDto> list(@PathParam("id") String id) {
        long organisationId = QueryParameters.pathId(id);
        return members.listMembers(organisationId).orElseThrow(NotFoundException::new).stream().map(MemberDto::of)
                .toList();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(JSON)
    public Response invite(@PathParam("id") String id, InviteMemberDto body, @Context HttpHeaders headers) {
        long organisationId = QueryParameters.pathId(id);
        if (body == null) {
            throw new BadRequestException();
        }
        InviteMemberCommand command = new InviteMemberCommand(body.username(), body.name(), body.email(), body.role());
        return answer(() -> invitations.invite(organisationId, command), headers);
    }

    @POST
    @Path("import")
    @Consumes({XLSX, MediaType.APPLICATION_OCTET_STREAM})
    @Produces(JSON)
    public Response importSheet(@PathParam("id") String id, InputStream workbook, @Context HttpHeaders headers) {
        long organisationId = QueryParameters.pathId(id);
        return answer(() -> invitations.importSheet(organisationId, workbook, "api-upload.xlsx"), headers);
    }

    private static Response answer(Supplier<MemberImportReport> invitation, HttpHeaders headers) {
        MemberImportReport report;
        try {
            report = invitation.get();
        } catch (UnknownOrganisationException e) {
            throw new NotFoundException(e);
        }
        Response.Status status = report.accepted() ? Response.Status.CREATED
                : report.partial() ? Response.Status.BAD_GATEWAY : Response.Status.BAD_REQUEST;
        return Response.status(status).entity(MemberImportReportDto.of(report, ApiLocale.of(headers))).build();
    }
}
