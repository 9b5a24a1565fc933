package org.ziyuanku.web.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class ByteRangeTest {

    @Test
    void parse_closedRange_isExactlyThoseBytes() {
        ByteRange range = ByteRange.parse("bytes=1000-1999", 5000).orElseThrow();

        assertEquals(1000, range.length());
        assertEquals("bytes 1000-1999/5000", range.contentRange(5000));
    }

    @Test
    void parse_openRange_runsToTheEnd() {
        assertEquals(Optional.of(new ByteRange(4000, 4999)), ByteRange.parse("bytes=4000-", 5000));
    }

    @Test
    void parse_suffix_isTheLastBytes() {
        assertEquals(Optional.of(new ByteRange(4500, 4999)), ByteRange.parse("bytes=-500", 5000));
    }

    @Test
    void parse_lastBeyondTheEnd_isCut() {
        assertEquals(Optional.of(new ByteRange(10, 99)), ByteRange.parse("bytes=10-1000", 100));
    }

    @Test
    void parse_startBeyondTheEnd_isUnsatisfiable() {
        assertThrows(ByteRange.Unsatisfiable.class, () -> ByteRange.parse("bytes=100-200", 100));
    }

    @Test
    void parse_noHeaderOrSeveralRanges_servesTheWhole() {
        assertTrue(ByteRange.parse(null, 100).isEmpty());
        assertTrue(ByteRange.parse("bytes=0-1,5-6", 100).isEmpty());
    }
}
