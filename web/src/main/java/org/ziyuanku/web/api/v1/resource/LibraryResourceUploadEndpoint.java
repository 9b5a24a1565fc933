package org.ziyuanku.web.api.v1.resource;

import jakarta.ejb.EJB;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Optional;
import org.ziyuanku.domain.resource.ResourceSource;
import org.ziyuanku.service.resource.BulkUploadTarget;
import org.ziyuanku.service.resource.LibraryResourceSettingsService;
import org.ziyuanku.service.resource.ResourceBulkUploadService;
import org.ziyuanku.service.resource.ResourceUploadService;
import org.ziyuanku.service.resource.TeachingResourceView;
import org.ziyuanku.service.resource.UploadResourceCommand;
import org.ziyuanku.web.api.ApiLocale;
import org.ziyuanku.web.api.BadParameterException;
import org.ziyuanku.web.api.QueryParameters;

/**
 * {@code POST /api/v1/libraries/{id}/resources}: upload one file (multipart form: {@code file} and optional
 * {@code title}, {@code description}, {@code courseCode}, {@code courseName}, {@code moduleName},
 * {@code knowledgePoints}, {@code keywords}, {@code source}, {@code author}, {@code licence}, {@code language}). 201
 * with the new draft; 413 over the kind's limit, 415 for a refused or mismatched type, 403 outside the library (checked
 * before the body is read, like the batch upload's).
 */
@Path("v1/libraries/{libraryId}/resources")
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
public class LibraryResourceUploadEndpoint {

    @EJB
    private ResourceUploadService uploads;

    @EJB
    private ResourceBulkUploadService bulkUploads;

    @EJB
    private LibraryResourceSettingsService settings;

    @POST
    @ContributorsOnly
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response upload(@PathParam("libraryId") String libraryId, List<EntityPart> parts) throws IOException {
        long library = QueryParameters.pathId(libraryId);
        EntityPart file = parts.stream().filter(p -> "file".equals(p.getName())).findFirst()
                .orElseThrow(() -> new BadParameterException("file", "", "api.error.required"));
        String filename = file.getFileName().filter(n -> !n.isBlank())
                .orElseThrow(() -> new BadParameterException("file", "", "api.error.required"));
        UploadResourceCommand command = new UploadResourceCommand(library, filename, field(parts, "title", 200),
                field(parts, "description", 4000), field(parts, "courseCode", 32), field(parts, "courseName", 128),
                field(parts, "moduleName", 128), field(parts, "knowledgePoints", 1000), field(parts, "keywords", 1000),
                QueryParameters.enumValue("source", field(parts, "source", 24), ResourceSource.class,
                        "api.error.unknownSource"),
                field(parts, "author", 64), field(parts, "licence", 200), field(parts, "language", 16));
        TeachingResourceView created;
        try (InputStream content = file.getContent()) {
            created = uploads.upload(command, content);
        }
        return Response.created(UriBuilder.fromPath("/api/v1/resources/{id}").build(created.id()))
                .entity(TeachingResourceDto.of(created)).build();
    }

    /**
     * {@code POST /api/v1/libraries/{id}/resources/batches}: a zip of folders ({@code file}) with an optional metadata
     * sheet, into the library or its course ({@code courseCode}, {@code courseName}) and module ({@code moduleName}).
     * 200 with the per-file report; 400/413 for an unsafe archive, with nothing stored.
     */
    @POST
    @Path("batches")
    @ContributorsOnly
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public BulkUploadReportDto uploadBatch(@PathParam("libraryId") String libraryId, List<EntityPart> parts,
            @Context HttpHeaders headers) throws IOException {
        EntityPart file = parts.stream().filter(p -> "file".equals(p.getName())).findFirst()
                .orElseThrow(() -> new BadParameterException("file", "", "api.error.required"));
        BulkUploadTarget target = new BulkUploadTarget(QueryParameters.pathId(libraryId),
                field(parts, "courseCode", 32), field(parts, "courseName", 128), field(parts, "moduleName", 128));
        try (InputStream zip = file.getContent()) {
            return BulkUploadReportDto.of(bulkUploads.uploadArchive(target, zip), ApiLocale.of(headers));
        }
    }

    /**
     * {@code PUT /api/v1/libraries/{id}/resources/settings}: the library's naming rule (fields {@code {major}},
     * {@code {majorName}}, {@code {course}}, {@code {courseName}}, {@code {module}}, {@code {kind}}, {@code {format}},
     * {@code {title}}, {@code {date}}) and whether downloads need an account; for the library's administrators.
     */
    @PUT
    @Path("settings")
    @Consumes(MediaType.APPLICATION_JSON)
    public LibraryResourceSettingsDto changeSettings(@PathParam("libraryId") String libraryId,
            LibraryResourceSettingsDto body) {
        if (body == null) {
            throw new BadParameterException("body", "", "api.error.required");
        }
        String rule = QueryParameters.text("namingRule", body.namingRule(), 200);
        return LibraryResourceSettingsDto.of(settings.change(QueryParameters.pathId(libraryId), rule,
                Boolean.TRUE.equals(body.downloadRequiresLogin())));
    }

    private static String field(List<EntityPart> parts, String name, int maxLength) throws IOException {
        Optional<EntityPart> part = parts.stream().filter(p -> name.equals(p.getName())).findFirst();
        if (part.isEmpty()) {
            return null;
        }
        return QueryParameters.text(name, part.get().getContent(String.class), maxLength);
    }
}
