package org.ziyuanku.web.faces;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The ids a page was opened with: a missing or malformed one names nothing, so the page answers 404. Also the one
 * reading of a list of ids typed into a form field, where a malformed one is the form's message, not a 404.
 */
public final class PageIds {

    private PageIds() {
    }

    /** The id in a parameter's text; anything but a whole number is {@link SubjectNotFoundException}. */
    public static long of(String value) {
        Long id = parsed(value);
        if (id == null) {
            throw new SubjectNotFoundException("page without a valid id: " + value);
        }
        return id;
    }

    /**
     * The ids typed into a field, in order, apart by commas (also the Chinese one) or white space; none for a blank
     * field; empty when one of them is not a whole number (the form says so, nothing is saved).
     */
    public static Optional<List<Long>> listOf(String text) {
        List<Long> ids = new ArrayList<>();
        for (String part : (text == null ? "" : text).split("[,，\\s]+")) {
            if (part.isBlank()) {
                continue;
            }
            Long id = parsed(part);
            if (id == null) {
                return Optional.empty();
            }
            ids.add(id);
        }
        return Optional.of(List.copyOf(ids));
    }

    private static Long parsed(String value) {
        try {
            return Long.parseLong(value == null ? "" : value.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
