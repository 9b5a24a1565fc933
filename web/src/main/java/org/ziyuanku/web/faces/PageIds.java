package org.ziyuanku.web.faces;

/** The ids a page was opened with: a missing or malformed one names nothing, so the page answers 404. */
public final class PageIds {

    private PageIds() {
    }

    /** The id in a parameter's text; anything but a whole number is {@link SubjectNotFoundException}. */
    public static long of(String value) {
        try {
            return Long.parseLong(value == null ? "" : value.strip());
        } catch (NumberFormatException e) {
            throw new SubjectNotFoundException("page without a valid id: " + value);
        }
    }
}
