package org.ziyuanku.web.faces;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import java.util.Arrays;
import java.util.List;

/**
 * The current request's plain parameters, as the console's forms post them ({@code <button name value>}, ticked
 * checkboxes named {@code id}): one value, or the positive ids among several; anything unreadable is left out. The
 * button that asks for a change is read with {@link #posted}: only a real postback of the page's own form counts.
 */
public final class RequestParameters {

    private RequestParameters() {
    }

    /** The parameter's value, stripped; null when absent or blank. */
    public static String get(String name) {
        String value = external().getRequestParameterMap().get(name);
        return value == null || value.isBlank() ? null : value.strip();
    }

    /**
     * The parameter of a real postback, else null: a POST of the page's own form carrying the view state the server
     * handed out with it (a stateful console view; a made-up or foreign one ends in an error before any action). A GET
     * link or a form posted from another site, which cannot know the view state, never triggers a change.
     */
    public static String posted(String name) {
        return FacesContext.getCurrentInstance().isPostback() ? get(name) : null;
    }

    /** {@link #posted} as a positive id, or -1. */
    public static long postedId(String name) {
        String value = posted(name);
        return value == null ? -1 : parseId(value);
    }

    /** The positive ids among the parameter's values. */
    public static List<Long> ids(String name) {
        String[] values = external().getRequestParameterValuesMap().getOrDefault(name, new String[0]);
        return Arrays.stream(values).map(RequestParameters::parseId).filter(id -> id > 0).toList();
    }

    /** The parameter as a positive id, or -1. */
    public static long id(String name) {
        String value = get(name);
        return value == null ? -1 : parseId(value);
    }

    /** The parameter as a whole number, or null when absent or unreadable. */
    public static Integer integer(String name) {
        String value = get(name);
        try {
            return value == null ? null : Integer.valueOf(value);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static long parseId(String text) {
        try {
            return Long.parseLong(text.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static ExternalContext external() {
        return FacesContext.getCurrentInstance().getExternalContext();
    }
}
