package org.ziyuanku.web.api.v1.review;

import jakarta.ejb.EJB;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.ziyuanku.domain.review.SensitiveWordCategory;
import org.ziyuanku.domain.review.SensitiveWordSeverity;
import org.ziyuanku.service.review.AddSensitiveWordCommand;
import org.ziyuanku.service.review.SensitiveWordImportReport;
import org.ziyuanku.service.review.SensitiveWordRefusedException;
import org.ziyuanku.service.review.SensitiveWordService;
import org.ziyuanku.web.api.ApiLocale;
import org.ziyuanku.web.api.QueryParameters;

/**
 * {@code /api/v1/sensitive-words}: the sensitive-word dictionary. GET pages through it ({@code q}, {@code category},
 * {@code severity}, {@code page}, {@code size}); POST adds a word (201); PUT /{id} changes category and severity;
 * DELETE /{id} removes (204); POST /import takes UTF-8 lines {@code 词,类别,级别} and stores all or nothing (200, or
 * 400 naming every bad line). 403 for anyone but security and national administrators; 400/409 with a localised
 * message when a rule is broken (409 for a word the dictionary has).
 */
@Path("v1/sensitive-words")
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
public class SensitiveWordEndpoint {

    private static final int MAX_SIZE = SensitiveWordService.MAX_PAGE_SIZE;
    private static final int MAX_QUERY = 64;

    @EJB
    private SensitiveWordService words;

    @GET
    public SensitiveWordPageDto list(@QueryParam("q") String q, @QueryParam("category") String category,
            @QueryParam("severity") String severity, @QueryParam("page") String page,
            @QueryParam("size") String size) {
        return SensitiveWordPageDto.of(words.list(QueryParameters.text("q", q, MAX_QUERY),
                QueryParameters.enumValue("category", category, SensitiveWordCategory.class,
                        "review.words.api.unknownCategory"),
                QueryParameters.enumValue("severity", severity, SensitiveWordSeverity.class,
                        "review.words.api.unknownSeverity"),
                QueryParameters.integer("page", page, 0, 0, Integer.MAX_VALUE / MAX_SIZE),
                QueryParameters.integer("size", size, 20, 1, MAX_SIZE)));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response add(SensitiveWordBodyDto body, @Context UriInfo uri) {
        SensitiveWordBodyDto given = body == null ? new SensitiveWordBodyDto(null, null, null) : body;
        SensitiveWordDto created = SensitiveWordDto.of(words.add(new AddSensitiveWordCommand(given.word(),
                category(given.category()), severity(given.severity()))));
        return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(created.id())).build())
                .entity(created).build();
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public SensitiveWordDto change(@PathParam("id") String id, SensitiveWordBodyDto body) {
        long wordId = QueryParameters.pathId(id);
        SensitiveWordBodyDto given = body == null ? new SensitiveWordBodyDto(null, null, null) : body;
        return words.change(wordId, category(given.category()), severity(given.severity()))
                .map(SensitiveWordDto::of).orElseThrow(NotFoundException::new);
    }

    @DELETE
    @Path("{id}")
    public Response remove(@PathParam("id") String id) {
        if (words.remove(List.of(QueryParameters.pathId(id))) == 0) {
            throw new NotFoundException();
        }
        return Response.noContent().build();
    }

    @POST
    @Path("import")
    @Consumes(MediaType.TEXT_PLAIN)
    public Response importLines(String text, @Context HttpHeaders headers) {
        SensitiveWordImportReport report = words.importLines(text);
        return Response.status(report.accepted() ? Response.Status.OK : Response.Status.BAD_REQUEST)
                .type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                .entity(SensitiveWordImportReportDto.of(report, ApiLocale.of(headers))).build();
    }

    /** The category named in a body; null when absent (the service refuses it), refused when unknown. */
    private static SensitiveWordCategory category(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        return SensitiveWordCategory.of(name)
                .orElseThrow(() -> new SensitiveWordRefusedException("review.words.refused.unknownCategory", name));
    }

    private static SensitiveWordSeverity severity(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        return SensitiveWordSeverity.of(name)
                .orElseThrow(() -> new SensitiveWordRefusedException("review.words.refused.unknownSeverity", name));
    }
}
