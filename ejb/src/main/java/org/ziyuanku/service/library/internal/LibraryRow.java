package org.ziyuanku.service.library.internal;

import jakarta.persistence.Tuple;
import java.util.List;
import org.ziyuanku.domain.library.LibraryLevel;
import org.ziyuanku.service.library.LibrarySummaryView;

/** One library of a catalogue page as the search reads it, before its host units are added. */
public record LibraryRow(long id, String code, Integer catalogueNo, String name, LibraryLevel level,
        String categoryCode, String categoryName, String categoryNameEn) {

    /** The JPQL select list whose aliases {@link #of(Tuple)} reads. */
    static final String SELECT = "select l.id as library_id, l.code as code, l.catalogueNo as catalogue_no, l.name as name,"
            + " l.level as level, c.code as category_code, c.name as category_name, c.nameEn as category_name_en";

    static LibraryRow of(Tuple t) {
        return new LibraryRow(t.get("library_id", Long.class), t.get("code", String.class), t.get("catalogue_no", Integer.class),
                t.get("name", String.class), t.get("level", LibraryLevel.class), t.get("category_code", String.class),
                t.get("category_name", String.class), t.get("category_name_en", String.class));
    }

    /** The summary with the library's host unit names. */
    public LibrarySummaryView withHosts(List<String> hostUnits) {
        return new LibrarySummaryView(id, code, catalogueNo, name, level, categoryCode, categoryName, categoryNameEn,
                hostUnits);
    }
}
