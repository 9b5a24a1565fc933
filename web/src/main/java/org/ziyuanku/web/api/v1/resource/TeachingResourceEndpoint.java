package org.ziyuanku.web.api.v1.resource;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.ziyuanku.domain.library.LibraryLevel;
import org.ziyuanku.domain.resource.ResourceKind;
import org.ziyuanku.domain.resource.ResourceSource;
import org.ziyuanku.service.identity.Caller;
import org.ziyuanku.service.resource.DescribeResourceCommand;
import org.ziyuanku.service.resource.ResourceActivity;
import org.ziyuanku.service.resource.ResourceCatalogueService;
import org.ziyuanku.service.resource.ResourceContent;
import org.ziyuanku.service.resource.ResourceEditService;
import org.ziyuanku.service.resource.ResourceNotFoundException;
import org.ziyuanku.service.resource.ResourceRecycleBinService;
import org.ziyuanku.service.resource.ResourceSearchQuery;
import org.ziyuanku.service.resource.ResourceSort;
import org.ziyuanku.service.resource.ResourceWorkspaceService;
import org.ziyuanku.service.resource.TeachingResourceView;
import org.ziyuanku.web.api.BadParameterException;
import org.ziyuanku.web.api.ContentResponses;
import org.ziyuanku.web.api.QueryParameters;

/**
 * {@code /api/v1/resources}: search published resources (anonymous callers see only those), one resource, and its
 * content with HTTP ranges. A signed-in caller also reaches drafts they may see; one they may not see is 404, exactly
 * like one that does not exist. Uploads are in {@link LibraryResourceUploadEndpoint}; review's paths under
 * {@code /{id}} (submission, take-down, review record) are in {@code web.api.v1.review.ResourceReviewEndpoint}.
 */
@Path("v1/resources")
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
public class TeachingResourceEndpoint {

    private static final int MAX_ARCHIVE = 500;

    @EJB
    private ResourceCatalogueService catalogue;

    @EJB
    private ResourceWorkspaceService workspace;

    @EJB
    private ResourceRecycleBinService recycleBin;

    @EJB
    private ResourceEditService edits;

    @Inject
    private Caller caller;

    @GET
    public TeachingResourcePageDto search(@QueryParam("q") String q, @QueryParam("kind") String kind,
            @QueryParam("library") String library, @QueryParam("major") String major,
            @QueryParam("course") String course, @QueryParam("source") String source,
            @QueryParam("level") String level, @QueryParam("sort") String sort, @QueryParam("page") String page,
            @QueryParam("size") String size) {
        ResourceSearchQuery query = new ResourceSearchQuery(QueryParameters.text("q", q, 100),
                QueryParameters.enumValue("kind", kind, ResourceKind.class, "api.error.unknownKind"),
                QueryParameters.optionalId("library", library), QueryParameters.optionalId("major", major),
                QueryParameters.text("course", course, 128),
                QueryParameters.enumValue("source", source, ResourceSource.class, "api.error.unknownSource"),
                QueryParameters.enumValue("level", level, LibraryLevel.class, "api.error.unknownLevel"),
                QueryParameters.enumValue("sort", sort, ResourceSort.class, "api.error.unknownSort"),
                QueryParameters.integer("page", page, 0, 0, 100_000),
                QueryParameters.integer("size", size, 20, 1, ResourceSearchQuery.MAX_SIZE));
        return TeachingResourcePageDto.of(catalogue.search(query));
    }

    @GET
    @Path("hot")
    public List<TeachingResourceDto> hot(@QueryParam("library") String library, @QueryParam("size") String size) {
        return catalogue.hottest(QueryParameters.optionalId("library", library),
                QueryParameters.integer("size", size, 10, 1, 100)).stream().map(TeachingResourceDto::of).toList();
    }

    /**
     * Several resources in one zip, streamed: {@code ?id=1&id=2…}, at most 500; ids the caller cannot see are left out,
     * and 404 when it sees none of them.
     */
    @GET
    @Path("archive")
    @Produces("application/zip")
    public Response archive(@QueryParam("id") List<String> ids) {
        if (ids.isEmpty() || ids.size() > MAX_ARCHIVE) {
            throw new BadParameterException("id", String.valueOf(ids.size()), "api.error.sizeRange", MAX_ARCHIVE);
        }
        List<Long> resourceIds = ids.stream().map(QueryParameters::pathId).toList();
        List<ResourceContent> contents = signedIn() ? workspace.contents(resourceIds) : catalogue.contents(resourceIds);
        if (contents.isEmpty()) {
            throw new ResourceNotFoundException(resourceIds.get(0));
        }
        if (!signedIn() && contents.stream().anyMatch(ResourceContent::downloadRequiresLogin)) {
            throw new NotAuthorizedException("Bearer");
        }
        contents.forEach(c -> catalogue.record(c.resourceId(), ResourceActivity.DOWNLOADS));
        return ContentResponses.zip(contents, "resources.zip");
    }

    @GET
    @Path("{id}")
    public TeachingResourceDto find(@PathParam("id") String id) {
        long resourceId = QueryParameters.pathId(id);
        TeachingResourceView view = signedIn() ? workspace.find(resourceId) : catalogue.find(resourceId);
        return TeachingResourceDto.of(view);
    }

    /** The content, inline for preview and playback or as an attachment with {@code ?download=true}. */
    @GET
    @Path("{id}/content")
    @Produces(MediaType.WILDCARD)
    public Response content(@PathParam("id") String id, @QueryParam("download") boolean download,
            @HeaderParam("Range") String range) {
        long resourceId = QueryParameters.pathId(id);
        ResourceContent content = signedIn() ? workspace.content(resourceId) : catalogue.content(resourceId);
        if (download && content.downloadRequiresLogin() && !signedIn()) {
            throw new NotAuthorizedException("Bearer");
        }
        if (download) {
            catalogue.record(resourceId, ResourceActivity.DOWNLOADS);
        } else if (range == null || range.strip().startsWith("bytes=0-")) {
            catalogue.record(resourceId, ResourceActivity.PLAYS);
        }
        return ContentResponses.of(content, range, download);
    }

    /** The thumbnail of an image or animation (PNG, at most 320 × 240); 404 for other kinds. */
    @GET
    @Path("{id}/thumbnail")
    @Produces("image/png")
    public Response thumbnail(@PathParam("id") String id) {
        long resourceId = QueryParameters.pathId(id);
        return ContentResponses.of(signedIn() ? workspace.thumbnail(resourceId) : catalogue.thumbnail(resourceId), null,
                false);
    }

    /** The converted preview (PDF for Office documents, MP4 for other video), with ranges; 404 until it is ready. */
    @GET
    @Path("{id}/preview")
    @Produces(MediaType.WILDCARD)
    public Response preview(@PathParam("id") String id, @HeaderParam("Range") String range) {
        long resourceId = QueryParameters.pathId(id);
        return ContentResponses.of(signedIn() ? workspace.preview(resourceId) : catalogue.preview(resourceId), range,
                false);
    }

    /** A file of a virtual simulation package ({@code …/package/index.html} opens it), run in a sandbox. */
    @GET
    @Path("{id}/package/{path: .+}")
    @Produces(MediaType.WILDCARD)
    public Response packageEntry(@PathParam("id") String id, @PathParam("path") String path) {
        long resourceId = QueryParameters.pathId(id);
        return ContentResponses.packageEntry(signedIn() ? workspace.packageEntry(resourceId, path)
                : catalogue.packageEntry(resourceId, path));
    }

    /** The text of a plain-text resource the caller may edit. */
    @GET
    @Path("{id}/text")
    @Produces(MediaType.TEXT_PLAIN + ";charset=UTF-8")
    public String text(@PathParam("id") String id) {
        return edits.text(QueryParameters.pathId(id));
    }

    /** Saves the edited text of a plain-text resource (online editing); answers the resource. */
    @PUT
    @Path("{id}/text")
    @Consumes(MediaType.TEXT_PLAIN)
    public TeachingResourceDto saveText(@PathParam("id") String id, String text) {
        return TeachingResourceDto.of(edits.saveText(QueryParameters.pathId(id), text));
    }

    /** Sets the caller's rating of a published resource: {@code {"stars": 1..5}}; answers the new totals. */
    @PUT
    @Path("{id}/rating")
    @Consumes(MediaType.APPLICATION_JSON)
    public ResourceCountersDto rate(@PathParam("id") String id, RatingDto body) {
        if (body == null || body.stars() == null) {
            throw new BadParameterException("stars", "", "api.error.required");
        }
        return ResourceCountersDto.of(workspace.rate(QueryParameters.pathId(id), body.stars()));
    }

    /** Changes the attributes (a published resource gets a new version that goes through review). */
    @PUT
    @Path("{id}/description")
    @Consumes(MediaType.APPLICATION_JSON)
    public TeachingResourceDto describe(@PathParam("id") String id, DescribeResourceDto body) {
        if (body == null) {
            throw new BadParameterException("title", "", "api.error.required");
        }
        return TeachingResourceDto.of(edits.describe(QueryParameters.pathId(id), new DescribeResourceCommand(
                body.title(), body.description(), body.courseCode(), body.courseName(), body.moduleName(),
                body.knowledgePoints(), body.keywords(), QueryParameters.enumValue("source", body.source(),
                        ResourceSource.class, "api.error.unknownSource"), body.authorName(), body.licence(),
                body.language())));
    }

    @DELETE
    @Path("{id}")
    public Response delete(@PathParam("id") String id) {
        recycleBin.moveToRecycleBin(List.of(QueryParameters.pathId(id)));
        return Response.noContent().build();
    }

    @POST
    @Path("{id}/restore")
    public Response restore(@PathParam("id") String id) {
        int restored = recycleBin.restore(List.of(QueryParameters.pathId(id)));
        return restored == 1 ? Response.noContent().build() : Response.status(409).build();
    }

    private boolean signedIn() {
        return !caller.isAnonymous();
    }
}
