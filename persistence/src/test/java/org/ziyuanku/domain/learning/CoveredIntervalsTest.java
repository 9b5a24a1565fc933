package org.ziyuanku.domain.learning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class CoveredIntervalsTest {

    @Test
    void plus_overlappingAndTouchingIntervals_merge() {
        CoveredIntervals covered = CoveredIntervals.none().plus(0, 10).plus(20, 30).plus(10, 12).plus(25, 40);
        assertEquals("0-12,20-40", covered.toString());
        assertEquals(32, covered.seconds());
        assertEquals(2, covered.size());
    }

    @Test
    void plus_intervalSpanningSeveral_mergesIntoOne() {
        CoveredIntervals covered = CoveredIntervals.parse("0-5,10-15,20-25").plus(3, 22);
        assertEquals("0-25", covered.toString());
    }

    @Test
    void plus_emptyOrInverted_changesNothing() {
        CoveredIntervals covered = CoveredIntervals.parse("5-9");
        assertEquals("5-9", covered.plus(7, 7).plus(9, 3).toString());
    }

    @Test
    void uncoveredIn_countsOnlyNewSeconds() {
        CoveredIntervals covered = CoveredIntervals.parse("0-10,20-30");
        assertEquals(0, covered.uncoveredIn(2, 8));
        assertEquals(10, covered.uncoveredIn(5, 25));
        assertEquals(5, covered.uncoveredIn(30, 35));
    }

    @Test
    void parse_isTheInverseOfToString_andOrdersIntervals() {
        assertEquals("1-2,4-8", CoveredIntervals.parse("4-8,1-2").toString());
        assertEquals(CoveredIntervals.none(), CoveredIntervals.parse(""));
        assertEquals(CoveredIntervals.none(), CoveredIntervals.parse(null));
    }

    @Test
    void parse_garbage_isRefused() {
        assertThrows(IllegalArgumentException.class, () -> CoveredIntervals.parse("1-2-3"));
        assertThrows(NumberFormatException.class, () -> CoveredIntervals.parse("a-b"));
    }

    @Test
    void rewatchingManyTimes_keepsOneInterval() {
        CoveredIntervals covered = CoveredIntervals.none();
        for (int i = 0; i < 100; i++) {
            covered = covered.plus(i % 10, i % 10 + 5);
        }
        assertEquals("0-14", covered.toString());
    }
}
