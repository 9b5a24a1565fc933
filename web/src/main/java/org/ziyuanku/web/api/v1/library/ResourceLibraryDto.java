package org.ziyuanku.web.api.v1.library;

import java.util.List;
import org.ziyuanku.service.library.LibrarySummaryView;

/** A library in API lists: host unit names in order, the first being the 第一主持单位. */
public record ResourceLibraryDto(long id, String code, Integer catalogueNo, String name, String level,
        String category, String categoryCode, List<String> hosts) {

    static ResourceLibraryDto of(LibrarySummaryView view) {
        return new ResourceLibraryDto(view.id(), view.code(), view.catalogueNo(), view.name(), view.level().name(),
                view.categoryName(), view.categoryCode(), view.hostUnits());
    }
}
