package org.ziyuanku.service.resource;

import java.io.Serializable;
import java.util.List;

/** One page of search results, the total, and the facet counts under the same filters. */
public record ResourceSearchPage(List<TeachingResourceView> items, long total, int page, int size,
        List<ResourceFacetView> facets) implements Serializable {
}
