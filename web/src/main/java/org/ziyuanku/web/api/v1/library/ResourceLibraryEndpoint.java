package org.ziyuanku.web.api.v1.library;

import jakarta.ejb.EJB;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.ziyuanku.domain.library.LibraryLevel;
import org.ziyuanku.service.library.LibraryCatalogueService;
import org.ziyuanku.service.library.LibraryPage;
import org.ziyuanku.service.library.LibrarySearchQuery;
import org.ziyuanku.service.library.MajorCategoryView;
import org.ziyuanku.web.api.BadParameterException;
import org.ziyuanku.web.api.QueryParameters;

/**
 * {@code GET /api/v1/libraries?q=&category=&level=&page=&size=} and {@code GET /api/v1/libraries/{id}}. Parameters
 * arrive as text so that a bad value gets a 400 with a message, never a 404 or 500.
 */
@Path("v1/libraries")
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
public class ResourceLibraryEndpoint {

    static final int DEFAULT_SIZE = 20;
    static final int MAX_SIZE = LibrarySearchQuery.MAX_SIZE;

    @EJB
    private LibraryCatalogueService catalogue;

    @GET
    public ResourceLibraryPageDto search(@QueryParam("q") String q, @QueryParam("category") String category,
            @QueryParam("level") String level, @QueryParam("page") String page, @QueryParam("size") String size) {
        String text = QueryParameters.text("q", q, LibrarySearchQuery.MAX_TEXT_LENGTH);
        LibraryLevel levelFilter = QueryParameters.enumValue("level", level, LibraryLevel.class,
                "api.error.unknownLevel");
        int pageNo = QueryParameters.integer("page", page, 0, 0, Integer.MAX_VALUE / MAX_SIZE);
        int pageSize = QueryParameters.integer("size", size, DEFAULT_SIZE, 1, MAX_SIZE);
        String categoryCode = categoryCode(category);
        LibraryPage result = catalogue.search(new LibrarySearchQuery(text, categoryCode, levelFilter, pageNo, pageSize));
        return new ResourceLibraryPageDto(result.items().stream().map(ResourceLibraryDto::of).toList(),
                result.page(), result.size(), result.total(), result.totalPages());
    }

    /** The category's code, given its code (51) or its Chinese or English name (电子信息大类); null when blank. */
    private String categoryCode(String category) {
        String text = QueryParameters.text("category", category, LibrarySearchQuery.MAX_TEXT_LENGTH);
        if (text == null) {
            return null;
        }
        return catalogue.listCategories().stream()
                .filter(c -> c.code().equals(text) || c.name().equals(text) || c.nameEn().equalsIgnoreCase(text))
                .map(MajorCategoryView::code).findFirst()
                .orElseThrow(() -> new BadParameterException("category", category, "api.error.unknownCategory"));
    }

    @GET
    @Path("{id}")
    public ResourceLibraryDetailDto get(@PathParam("id") String id) {
        long libraryId = QueryParameters.pathId(id);
        return catalogue.findDetail(libraryId).map(ResourceLibraryDetailDto::of).orElseThrow(NotFoundException::new);
    }
}
