package org.ziyuanku.web.api.v1.exam;

import jakarta.ejb.EJB;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Optional;
import org.ziyuanku.service.exam.QuestionExportFile;
import org.ziyuanku.service.exam.QuestionFileFormat;
import org.ziyuanku.service.exam.QuestionImportCommand;
import org.ziyuanku.service.exam.QuestionImportReport;
import org.ziyuanku.service.exam.QuestionTransferService;
import org.ziyuanku.web.api.ApiLocale;
import org.ziyuanku.web.api.BadParameterException;
import org.ziyuanku.web.api.QueryParameters;

/**
 * Question files of a library's bank (issue 15 item 2).
 * <ul>
 * <li>{@code POST /api/v1/libraries/{id}/questions/imports}: multipart {@code file}, optional {@code format}
 * (EXCEL, WORD, MOODLE_XML, GIFT, QTI; else told by the file name) and {@code allOrNothing} (true/false). 200 with
 * the per-question report; 422 with the report when an all-or-nothing import found a problem and stored nothing;
 * 400/413/415 for a file that cannot be read at all.</li>
 * <li>{@code GET /api/v1/libraries/{id}/questions/export?format=MOODLE_XML|QTI|EXCEL}: the library's questions as a
 * file, for its contributors.</li>
 * </ul>
 * The Excel template is {@link QuestionTemplateEndpoint}'s.
 */
@Path("v1/libraries/{libraryId}/questions")
public class QuestionTransferEndpoint {

    private static final int UNPROCESSABLE = 422;

    @EJB
    private QuestionTransferService transfers;

    @POST
    @Path("imports")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
    public Response importFile(@PathParam("libraryId") String libraryId, List<EntityPart> parts,
            @Context HttpHeaders headers) throws IOException {
        long library = QueryParameters.pathId(libraryId);
        EntityPart file = part(parts, "file").orElseThrow(() -> new BadParameterException("file", "",
                "api.error.required"));
        QuestionFileFormat format = QueryParameters.enumValue("format", text(parts, "format"),
                QuestionFileFormat.class, "api.error.unknownQuestionFormat");
        boolean allOrNothing = flag(text(parts, "allOrNothing"));
        QuestionImportCommand command = new QuestionImportCommand(library, format, allOrNothing,
                file.getFileName().orElse(""));
        QuestionImportReport report;
        try (InputStream content = file.getContent()) {
            report = transfers.importFile(command, content);
        }
        return Response.status(report.committed() ? Response.Status.OK.getStatusCode() : UNPROCESSABLE)
                .entity(QuestionImportReportDto.of(report, ApiLocale.of(headers))).build();
    }

    @GET
    @Path("export")
    public Response export(@PathParam("libraryId") String libraryId, @QueryParam("format") String format) {
        QuestionFileFormat chosen = QueryParameters.enumValue("format", format, QuestionFileFormat.class,
                "api.error.unknownQuestionFormat");
        return download(transfers.exportFile(QueryParameters.pathId(libraryId),
                chosen == null ? QuestionFileFormat.MOODLE_XML : chosen));
    }

    static Response download(QuestionExportFile file) {
        return Response.ok(file.content(), file.mediaType())
                .header("Content-Disposition", "attachment; filename=\"" + file.filename() + "\"").build();
    }

    private static Optional<EntityPart> part(List<EntityPart> parts, String name) {
        return parts == null ? Optional.empty() : parts.stream().filter(p -> name.equals(p.getName())).findFirst();
    }

    private static String text(List<EntityPart> parts, String name) throws IOException {
        Optional<EntityPart> part = part(parts, name);
        return part.isEmpty() ? null : QueryParameters.text(name, part.get().getContent(String.class), 32);
    }

    private static boolean flag(String value) {
        if (value == null || value.isBlank() || "false".equalsIgnoreCase(value.strip())) {
            return false;
        }
        if ("true".equalsIgnoreCase(value.strip())) {
            return true;
        }
        throw new BadParameterException("allOrNothing", value, "api.error.notBoolean");
    }
}
