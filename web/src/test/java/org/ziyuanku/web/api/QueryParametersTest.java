package org.ziyuanku.web.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

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
}
