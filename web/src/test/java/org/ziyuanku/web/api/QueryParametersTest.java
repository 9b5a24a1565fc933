package org.ziyuanku.web.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.ziyuanku.domain.library.LibraryLevel;

class QueryParametersTest {

    @Test
    void integer_defaultsWhenAbsent_rejectsNegativeAndText() {
        assertEquals(0, QueryParameters.integer("page", null, 0, 0, 100));
        assertEquals(3, QueryParameters.integer("page", " 3 ", 0, 0, 100));
        BadParameterException negative = assertThrows(BadParameterException.class,
                () -> QueryParameters.integer("page", "-1", 0, 0, 100));
        assertEquals("api.error.notNegative", negative.getReasonKey());
        assertEquals("page", negative.getParameter());
        assertEquals("api.error.notInteger",
                assertThrows(BadParameterException.class, () -> QueryParameters.integer("page", "x", 0, 0, 9))
                        .getReasonKey());
        assertEquals("api.error.sizeRange",
                assertThrows(BadParameterException.class, () -> QueryParameters.integer("size", "0", 20, 1, 100))
                        .getReasonKey());
    }

    @Test
    void enumValue_isCaseInsensitive_andRejectsUnknown() {
        assertEquals(LibraryLevel.NATIONAL,
                QueryParameters.enumValue("level", "national", LibraryLevel.class, "api.error.unknownLevel"));
        assertNull(QueryParameters.enumValue("level", "", LibraryLevel.class, "api.error.unknownLevel"));
        assertThrows(BadParameterException.class,
                () -> QueryParameters.enumValue("level", "city", LibraryLevel.class, "api.error.unknownLevel"));
    }

    @Test
    void dateTime_acceptsDatesAndDateTimes_aDateEndsAtItsLastMicrosecond() {
        assertNull(QueryParameters.dateTime("from", " ", false));
        assertEquals(LocalDateTime.of(2026, 5, 1, 0, 0), QueryParameters.dateTime("from", "2026-05-01", false));
        assertEquals(LocalDateTime.of(2026, 5, 1, 23, 59, 59, 999_999_000),
                QueryParameters.dateTime("to", "2026-05-01", true));
        assertEquals(LocalDateTime.of(2026, 5, 1, 8, 30), QueryParameters.dateTime("to", "2026-05-01T08:30", true));
        assertEquals(LocalDateTime.of(2026, 5, 1, 8, 30, 15),
                QueryParameters.dateTime("from", "2026-05-01 08:30:15", false));
        BadParameterException bad = assertThrows(BadParameterException.class,
                () -> QueryParameters.dateTime("from", "yesterday", false));
        assertEquals("api.error.notDateTime", bad.getReasonKey());
        assertEquals("from", bad.getParameter());
        assertThrows(BadParameterException.class, () -> QueryParameters.dateTime("to", "2026-02-30", true));
    }
}
