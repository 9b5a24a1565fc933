package org.ziyuanku.web.api;

import jakarta.ws.rs.NotFoundException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
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

    /** The id given as a query or form parameter, or null when absent or blank. */
    public static Long optionalId(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Long.valueOf(value.strip());
        } catch (NumberFormatException e) {
            throw new BadParameterException(name, value, "api.error.notInteger");
        }
    }

    /** The numeric id of a path such as {@code /libraries/{id}}; anything else names nothing, so 404. */
    public static long pathId(String value) {
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new NotFoundException();
        }
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

    /**
     * A date-time ({@code 2026-05-01T08:30}, seconds optional, a space for the T allowed) or a date
     * ({@code 2026-05-01}), or null when absent or blank. A date means its first moment, or with {@code endOfDay} its
     * last microsecond (as precise as the database), so that a date range includes its last day.
     */
    public static LocalDateTime dateTime(String name, String value, boolean endOfDay) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = value.strip().replace(' ', 'T');
        try {
            if (text.indexOf('T') < 0) {
                LocalTime time = endOfDay ? LocalTime.MAX.truncatedTo(ChronoUnit.MICROS) : LocalTime.MIDNIGHT;
                return LocalDate.parse(text).atTime(time);
            }
            return LocalDateTime.parse(text);
        } catch (DateTimeParseException e) {
            throw new BadParameterException(name, value, "api.error.notDateTime");
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
