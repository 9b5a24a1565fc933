package org.ziyuanku.web.api;

import java.util.Locale;

/** Parses query parameters that arrive as text, raising {@link BadParameterException} for values out of range. */
public final class QueryParameters {

    private QueryParameters() {
    }

    /** The integer value, or the default when absent or blank; must lie within [min, max]. */
    public static int integer(String name, String value, int defaultValue, int min, int max) {
        if (value == null || value.isBlank()) {
            return defaultValue;
        }
        int parsed;
        try {
            parsed = Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new BadParameterException(name, value, "api.error.notInteger");
        }
        if (parsed < min && min == 0) {
            throw new BadParameterException(name, value, "api.error.notNegative");
        }
        if (parsed < min || parsed > max) {
            throw new BadParameterException(name, value, "api.error.sizeRange", max);
        }
        return parsed;
    }

    /** The enum constant named by the value (case-insensitive), or null when absent or blank. */
    public static <E extends Enum<E>> E enumValue(String name, String value, Class<E> type, String reasonKey) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new BadParameterException(name, value, reasonKey);
        }
    }

    /** The text, or null when absent or blank; at most maxLength characters. */
    public static String text(String name, String value, int maxLength) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (value.strip().length() > maxLength) {
            throw new BadParameterException(name, value, "api.error.tooLong", maxLength);
        }
        return value.strip();
    }
}
