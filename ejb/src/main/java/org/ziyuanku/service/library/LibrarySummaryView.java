package org.ziyuanku.service.library;

import java.io.Serializable;
import java.util.List;
import org.ziyuanku.domain.library.LibraryLevel;

/** A library as listed in the catalogue: name, level, category and host unit names in order. */
public record LibrarySummaryView(long id, String code, Integer catalogueNo, String name, LibraryLevel level,
        String categoryCode, String categoryName, String categoryNameEn, List<String> hostUnits)
        implements Serializable {

    public LibrarySummaryView {
        hostUnits = List.copyOf(hostUnits);
    }
}
