package org.ziyuanku.service.library;

import java.io.Serializable;
import java.util.List;

/** One page of catalogue search results; {@code page} counts from zero. */
public record LibraryPage(List<LibrarySummaryView> items, int page, int size, long total) implements Serializable {

    public LibraryPage {
        items = List.copyOf(items);
    }

    public int totalPages() {
        return (int) ((total + size - 1) / size);
    }
}
