package org.ziyuanku.web.api.v1.resource;

import java.util.List;
import org.ziyuanku.service.resource.ResourceFacetView;
import org.ziyuanku.service.resource.ResourceSearchPage;

/** One page of a resource search: the items, the total and the facet counts. */
public record TeachingResourcePageDto(List<TeachingResourceDto> items, long total, int page, int size,
        List<FacetDto> facets) {

    /** One facet value and its count. */
    public record FacetDto(String facet, String value, String label, long count) {
        static FacetDto of(ResourceFacetView f) {
            return new FacetDto(f.facet(), f.value(), f.label(), f.count());
        }
    }

    static TeachingResourcePageDto of(ResourceSearchPage page) {
        return new TeachingResourcePageDto(page.items().stream().map(TeachingResourceDto::of).toList(), page.total(),
                page.page(), page.size(), page.facets().stream().map(FacetDto::of).toList());
    }
}
