package org.ziyuanku.web.api.v1.library;

import java.util.List;

/** One page of libraries; {@code page} counts from zero. */
public record ResourceLibraryPageDto(List<ResourceLibraryDto> items, int page, int size, long total, int totalPages) {
}
