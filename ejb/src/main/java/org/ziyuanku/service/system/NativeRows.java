package org.ziyuanku.service.system;

import java.sql.Timestamp;
import java.time.LocalDateTime;

/**
 * Values of a native query's row as Java types, whichever type the JDBC driver answered with: an id or count (any
 * {@link Number}) as a {@code long}, a timestamp ({@link Timestamp} or {@link LocalDateTime}) as a
 * {@link LocalDateTime}, null kept null. One place for every repository that reads native rows by alias.
 */
public final class NativeRows {

    private NativeRows() {
    }

    /** A not-null number column (an id, a count) as a long. */
    public static long number(Object value) {
        return ((Number) value).longValue();
    }

    /** A timestamp column; null when the column is null. */
    public static LocalDateTime time(Object value) {
        if (value == null) {
            return null;
        }
        return value instanceof Timestamp ts ? ts.toLocalDateTime() : (LocalDateTime) value;
    }
}
