package org.ziyuanku.web.api.v1.teaching;

import jakarta.ejb.EJB;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.util.List;
import org.ziyuanku.service.teaching.ClassService;
import org.ziyuanku.service.teaching.EnrolmentService;
import org.ziyuanku.service.teaching.RosterEnrolmentService;
import org.ziyuanku.web.api.QueryParameters;

/**
 * {@code /api/v1/classes} (signed in only): {@code POST /join} joins the class with that code (201); {@code GET
 * /{id}} the class with its code; {@code POST /{id}/code} a new code; {@code GET|POST /{id}/staff} and {@code DELETE
 * /{id}/staff/{accountId}} its teachers and assistants; {@code GET|POST /{id}/learners} and {@code DELETE
 * /{id}/learners/{accountId}} its learners; {@code POST /{id}/roster} imports an .xlsx roster (学号, 姓名) and answers
 * the per-row report. Staff of another class of the same offering get 403, anyone else 404; assistants see but do
 * not change.
 */
@Path("v1/classes")
public class ClassEndpoint {

    private static final String JSON = MediaType.APPLICATION_JSON + ";charset=UTF-8";
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @EJB
    private ClassService classes;

    @EJB
    private EnrolmentService enrolments;

    @EJB
    private RosterEnrolmentService rosters;

    @POST
    @Path("join")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(JSON)
    public Response join(CodeDto body) {
        if (body == null) {
            throw new BadRequestException();
        }
        return OfferingEndpoint.created(EnrolmentDto.of(enrolments.join(body.code())));
    }

    @GET
    @Path("{id}")
    @Produces(JSON)
    public ClassDto find(@PathParam("id") String id) {
        return ClassDto.of(classes.get(QueryParameters.pathId(id)));
    }

    @POST
    @Path("{id}/code")
    @Produces(JSON)
    public ClassDto regenerateCode(@PathParam("id") String id) {
        return ClassDto.of(classes.regenerateCode(QueryParameters.pathId(id)));
    }

    @GET
    @Path("{id}/staff")
    @Produces(JSON)
    public List<StaffDto> staff(@PathParam("id") String id) {
        return classes.staff(QueryParameters.pathId(id)).stream().map(StaffDto::of).toList();
    }

    @POST
    @Path("{id}/staff")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(JSON)
    public Response addStaff(@PathParam("id") String id, PersonDto body) {
        long classId = QueryParameters.pathId(id);
        if (body == null) {
            throw new BadRequestException();
        }
        return OfferingEndpoint.created(StaffDto.of(classes.addStaff(classId, body.username(), body.role())));
    }

    @DELETE
    @Path("{id}/staff/{accountId}")
    public Response removeStaff(@PathParam("id") String id, @PathParam("accountId") String accountId) {
        classes.removeStaff(QueryParameters.pathId(id), QueryParameters.pathId(accountId));
        return Response.noContent().build();
    }

    @GET
    @Path("{id}/learners")
    @Produces(JSON)
    public List<LearnerDto> learners(@PathParam("id") String id) {
        return enrolments.learners(QueryParameters.pathId(id)).stream().map(LearnerDto::of).toList();
    }

    @POST
    @Path("{id}/learners")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(JSON)
    public Response addLearner(@PathParam("id") String id, PersonDto body) {
        long classId = QueryParameters.pathId(id);
        if (body == null) {
            throw new BadRequestException();
        }
        return OfferingEndpoint.created(LearnerDto.of(enrolments.add(classId, body.username())));
    }

    @DELETE
    @Path("{id}/learners/{accountId}")
    public Response removeLearner(@PathParam("id") String id, @PathParam("accountId") String accountId) {
        enrolments.remove(QueryParameters.pathId(id), QueryParameters.pathId(accountId));
        return Response.noContent().build();
    }

    @POST
    @Path("{id}/roster")
    @Consumes({XLSX, MediaType.APPLICATION_OCTET_STREAM})
    @Produces(JSON)
    public RosterImportReportDto importRoster(@PathParam("id") String id, InputStream workbook) {
        return RosterImportReportDto.of(rosters.importRoster(QueryParameters.pathId(id), workbook));
    }
}
