package org.ziyuanku.web.api.v1.graph;

import jakarta.ejb.EJB;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.ziyuanku.service.graph.GraphTransferService;
import org.ziyuanku.web.api.QueryParameters;

/**
 * {@code /api/v1/libraries/{id}/graph/exchange}: anyone exports the graph as JSON ({@code GET}) or an Excel workbook
 * ({@code GET xlsx}); the graph's editors import a document of the same shape ({@code POST} JSON, {@code POST xlsx}
 * the workbook's bytes), all or nothing, nodes matched by type and name.
 */
@Path("v1/libraries/{id: \\d+}/graph/exchange")
public class GraphTransferEndpoint {

    private static final String JSON = MediaType.APPLICATION_JSON + ";charset=UTF-8";
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @EJB
    private GraphTransferService transfer;

    @GET
    @Produces(JSON)
    public GraphDocumentDto export(@PathParam("id") String id) {
        return GraphDocumentDto.of(transfer.export(QueryParameters.pathId(id)));
    }

    @GET
    @Path("xlsx")
    @Produces(XLSX)
    public Response exportWorkbook(@PathParam("id") String id) {
        long library = QueryParameters.pathId(id);
        return Response.ok(transfer.exportWorkbook(library), XLSX)
                .header("Content-Disposition", "attachment; filename=\"graph-" + library + ".xlsx\"").build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(JSON)
    public GraphImportReportDto importDocument(@PathParam("id") String id, GraphDocumentDto body) {
        if (body == null) {
            throw new BadRequestException();
        }
        return GraphImportReportDto.of(transfer.importDocument(QueryParameters.pathId(id), body.document()));
    }

    @POST
    @Path("xlsx")
    @Consumes({XLSX, MediaType.APPLICATION_OCTET_STREAM})
    @Produces(JSON)
    public GraphImportReportDto importWorkbook(@PathParam("id") String id, byte[] body) {
        if (body == null || body.length == 0) {
            throw new BadRequestException();
        }
        return GraphImportReportDto.of(transfer.importWorkbook(QueryParameters.pathId(id), body));
    }
}
