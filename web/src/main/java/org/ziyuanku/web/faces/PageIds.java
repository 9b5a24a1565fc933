package org.ziyuanku.web.faces;

import org.omnifaces.util.Faces;

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

    /** The id in the request parameter of that name. */
    public static long param(String name) {
        return of(Faces.getRequestParameter(name));
    }
}
