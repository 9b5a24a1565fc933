package org.ziyuanku.web.portal.library;

import java.io.Serializable;
import java.util.List;
import org.ziyuanku.service.library.LibrarySummaryView;

/**
 * The libraries of one major category on this page of the catalogue, as one section; {@code total} counts the
 * category's libraries on all pages.
 */
public record CatalogueGroup(String code, String name, String nameEn, List<LibrarySummaryView> libraries, int total)
        implements Serializable {
}
