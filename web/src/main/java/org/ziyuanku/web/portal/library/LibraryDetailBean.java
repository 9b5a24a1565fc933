package org.ziyuanku.web.portal.library;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.List;
import org.ziyuanku.domain.graph.GraphNodeType;
import org.ziyuanku.service.library.LibraryCatalogueService;
import org.ziyuanku.service.library.LibraryDetailView;
import org.ziyuanku.service.resource.LibraryResourceIndicatorsView;
import org.ziyuanku.service.resource.ResourceCatalogueService;
import org.ziyuanku.service.resource.TeachingResourceView;
import org.ziyuanku.web.faces.PageIds;
import org.ziyuanku.web.faces.SubjectNotFoundException;

/**
 * The library page (portal/library/detail.xhtml?id=…): its knowledge graph (drawn in the browser from
 * {@code /api/v1/libraries/{id}/graph}; only the type filters come from here), host units in order, participating
 * units, resource counts per kind with the text and image share, and the library's hot list.
 */
@Named
@RequestScoped
public class LibraryDetailBean {

    private static final int HOT_LIST_SIZE = 10;

    @EJB
    private LibraryCatalogueService catalogue;

    @EJB
    private ResourceCatalogueService resources;

    private String id;
    private LibraryDetailView library;
    private LibraryResourceIndicatorsView indicators;
    private List<TeachingResourceView> hottest = List.of();

    /** Loads the library; an unknown or malformed id is the 404 page. */
    public void load() {
        library = catalogue.findDetail(PageIds.of(id))
                .orElseThrow(() -> new SubjectNotFoundException("library " + id));
        indicators = resources.indicators(library.id());
        hottest = resources.hottest(library.id(), HOT_LIST_SIZE);
    }

    /** The node types the graph's filters offer, in order. */
    public GraphNodeType[] getGraphTypes() {
        return GraphNodeType.values();
    }

    public LibraryResourceIndicatorsView getIndicators() {
        return indicators;
    }

    public List<TeachingResourceView> getHottest() {
        return hottest;
    }

    public LibraryDetailView getLibrary() {
        return library;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }
}
