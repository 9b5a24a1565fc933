package org.ziyuanku.web.faces;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import java.util.Arrays;
import java.util.List;

/**
 * The current request's plain parameters, as the console's stateless forms post them ({@code <button name value>},
 * ticked checkboxes named {@code id}): one value, or the positive ids among several; anything unreadable is left out.
 */
public final class RequestParameters {

    private RequestParameters() {
    }

    /** The parameter's value, stripped; null when absent or blank. */
    public static String get(String name) {
        String value = external().getRequestParameterMap().get(name);
        return value == null || value.isBlank() ? null : value.strip();
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
