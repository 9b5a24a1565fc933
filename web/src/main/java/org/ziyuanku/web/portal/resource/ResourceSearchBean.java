package org.ziyuanku.web.portal.resource;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.List;
import java.util.Locale;
import org.omnifaces.util.Messages;
import org.ziyuanku.domain.resource.ResourceKind;
import org.ziyuanku.service.resource.ResourceCatalogueService;
import org.ziyuanku.service.resource.ResourceFacetView;
import org.ziyuanku.service.resource.ResourceSearchPage;
import org.ziyuanku.service.resource.ResourceSearchQuery;
import org.ziyuanku.service.resource.ResourceSort;

/**
 * Resource search (portal/resource/search.xhtml): bookmarkable text search over published resources with facets by
 * kind, source, level, major, course and library, and sorting. Open to everybody; unknown filter values are ignored
 * with a warning.
 */
@Named
@RequestScoped
public class ResourceSearchBean {

    private static final int PAGE_SIZE = 20;

    @EJB
    private ResourceCatalogueService catalogue;

    private String q;
    private String kind;
    private String library;
    private String course;
    private String sort;
    private int page;
    private ResourceSearchPage results;

    /** Runs the search for the current parameters (GET). */
    public void load() {
        String text = q == null ? null : q.strip();
        if (text != null && text.length() > 100) {
            Messages.addGlobalWarn("resource.search.textTooLong", 100);
            text = text.substring(0, 100);
        }
        results = catalogue.search(new ResourceSearchQuery(text, parse(ResourceKind.class, kind), id(library), null,
                course == null || course.isBlank() ? null : course.strip(), null, null, parse(ResourceSort.class, sort),
                Math.max(page, 0), PAGE_SIZE));
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            Messages.addGlobalWarn("resource.search.badFilter", value);
            return null;
        }
    }

    private static Long id(String value) {
        try {
            return value == null || value.isBlank() ? null : Long.valueOf(value.strip());
        } catch (NumberFormatException e) {
            Messages.addGlobalWarn("resource.search.badFilter", value);
            return null;
        }
    }

    /** The values of one facet, most frequent first. */
    public List<ResourceFacetView> facet(String name) {
        return results.facets().stream().filter(f -> f.facet().equals(name)).toList();
    }

    public boolean isHasNext() {
        return (long) (page + 1) * PAGE_SIZE < results.total();
    }

    public ResourceSearchPage getResults() {
        return results;
    }

    public ResourceSort[] getSorts() {
        return ResourceSort.values();
    }

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = q;
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public String getLibrary() {
        return library;
    }

    public void setLibrary(String library) {
        this.library = library;
    }

    public String getCourse() {
        return course;
    }

    public void setCourse(String course) {
        this.course = course;
    }

    public String getSort() {
        return sort;
    }

    public void setSort(String sort) {
        this.sort = sort;
    }

    public int getPage() {
        return page;
    }

    public void setPage(int page) {
        this.page = page;
    }
}
