package org.ziyuanku.service.resource;

import org.ziyuanku.domain.library.LibraryLevel;
import org.ziyuanku.domain.resource.ResourceKind;
import org.ziyuanku.domain.resource.ResourceSource;

/** A search over published resources: text, facet filters (any may be null), sort order and page. */
public record ResourceSearchQuery(String text, ResourceKind kind, Long libraryId, Long majorId, String courseName,
        ResourceSource source, LibraryLevel level, ResourceSort sort, int page, int size) {

    public static final int MAX_SIZE = 100;

    public ResourceSearchQuery {
        page = Math.max(page, 0);
        size = size <= 0 ? 20 : Math.min(size, MAX_SIZE);
        sort = sort == null ? ResourceSort.RELEVANCE : sort;
    }

    /** Everything published, newest first. */
    public static ResourceSearchQuery all() {
        return new ResourceSearchQuery(null, null, null, null, null, null, null, ResourceSort.NEWEST, 0, 20);
    }

    /** Whether the query has search text. */
    public boolean hasText() {
        return text != null && !text.isBlank();
    }
}
