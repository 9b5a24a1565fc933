package org.ziyuanku.service.library;

import java.io.Serializable;
import org.ziyuanku.domain.library.LibraryLevel;

/**
 * A catalogue search: free text matched against library and host unit names, optional category code and level, and
 * a zero-based page. Blank text or category means "any".
 */
public record LibrarySearchQuery(String text, String categoryCode, LibraryLevel level, int page, int size)
        implements Serializable {

    public static final int MAX_SIZE = 500;
    public static final int MAX_TEXT_LENGTH = 100;

    public LibrarySearchQuery {
        text = blankToNull(text);
        categoryCode = blankToNull(categoryCode);
        if (page < 0) {
            throw new IllegalArgumentException("page must be zero or more");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new IllegalArgumentException("size must be between 1 and " + MAX_SIZE);
        }
        if (text != null && text.length() > MAX_TEXT_LENGTH) {
            throw new IllegalArgumentException("text is longer than " + MAX_TEXT_LENGTH);
        }
    }

    /** Control characters (a NUL byte in a URL, say) match nothing and PostgreSQL refuses them in text: spaces. */
    private static String blankToNull(String value) {
        String text = value == null ? null : value.replaceAll("\\p{Cntrl}", " ");
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** Everything in one list: used by the portal's grouped catalogue. */
    public static LibrarySearchQuery all(String text, String categoryCode, LibraryLevel level) {
        return new LibrarySearchQuery(text, categoryCode, level, 0, MAX_SIZE);
    }
}
