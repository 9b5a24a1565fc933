package org.ziyuanku.web.api.v1.gradebook;

import jakarta.ejb.EJB;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.ziyuanku.service.gradebook.GradebookService;
import org.ziyuanku.web.api.ApiLocale;
import org.ziyuanku.web.api.QueryParameters;

/**
 * {@code GET /api/v1/classes/{id}/grades.xlsx}: the class's gradebook as an Excel workbook (header row in the caller's
 * language), as an attachment, for the class's staff only (a learner of the class 403, anyone else 404). Every export
 * is audited.
 */
@Path("v1/classes/{id: \\d+}/grades.xlsx")
public class GradebookExportEndpoint {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @EJB
    private GradebookService gradebook;

    @Context
    private HttpHeaders headers;

    @GET
    @Produces(XLSX)
    public Response export(@PathParam("id") String id) {
        long classId = QueryParameters.pathId(id);
        return Response.ok(gradebook.exportXlsx(classId, ApiLocale.of(headers)), XLSX)
                .header("Content-Disposition", "attachment; filename=\"class-" + classId + "-grades.xlsx\"").build();
    }
}
