package org.ziyuanku.web.portal.library;

import java.io.Serializable;
import java.util.List;
import org.ziyuanku.service.library.LibrarySummaryView;

/** The libraries of one major category, as one section of the catalogue page. */
public record CatalogueGroup(String code, String name, String nameEn, List<LibrarySummaryView> libraries)
        implements Serializable {
}
