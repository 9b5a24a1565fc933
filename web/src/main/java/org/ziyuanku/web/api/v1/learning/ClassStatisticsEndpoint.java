package org.ziyuanku.web.api.v1.learning;

import jakarta.ejb.EJB;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.ziyuanku.service.learning.ClassStatisticsService;
import org.ziyuanku.web.api.ApiLocale;
import org.ziyuanku.web.api.BadParameterException;
import org.ziyuanku.web.api.QueryParameters;

/**
 * {@code GET /api/v1/classes/{id}/statistics}: a class's statistics for its teachers, assistants and the offering's
 * owner (403 for others, 404 for an unknown class), as JSON, or as an Excel workbook with {@code ?format=xlsx} or
 * {@code Accept: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet}. Reads only.
 */
@Path("v1/classes/{id: \\d+}/statistics")
public class ClassStatisticsEndpoint {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final String JSON = MediaType.APPLICATION_JSON + ";charset=UTF-8";

    @EJB
    private ClassStatisticsService statistics;

    @Context
    private HttpHeaders headers;

    @GET
    @Produces({JSON, XLSX})
    public Response statistics(@PathParam("id") String id, @QueryParam("format") String format) {
        long classId = QueryParameters.pathId(id);
        if (format != null && !format.isBlank() && !"json".equals(format) && !"xlsx".equals(format)) {
            throw new BadParameterException("format", format, "learning.statistics.unknownFormat");
        }
        boolean workbook = "xlsx".equals(format) || format == null && headers.getAcceptableMediaTypes().stream()
                .anyMatch(t -> !t.isWildcardSubtype() && XLSX.equals(t.getType() + "/" + t.getSubtype()));
        if (workbook) {
            return Response.ok(statistics.exportXlsx(classId, ApiLocale.of(headers)), XLSX)
                    .header("Content-Disposition", "attachment; filename=\"class-" + classId + "-statistics.xlsx\"")
                    .build();
        }
        return Response.ok(ClassStatisticsDto.of(statistics.statistics(classId)), JSON).build();
    }
}
