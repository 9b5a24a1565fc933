package org.ziyuanku.service.exam.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExamStatisticsTest {

    @Test
    void bandsPutFullMarksInTheLastBandAndNothingBelowZero() {
        assertEquals(9, ExamStatistics.band(new BigDecimal("10"), new BigDecimal("10")));
        assertEquals(8, ExamStatistics.band(new BigDecimal("8.99"), new BigDecimal("10")));
        assertEquals(2, ExamStatistics.band(new BigDecimal("2"), new BigDecimal("10")));
        assertEquals(0, ExamStatistics.band(BigDecimal.ZERO, new BigDecimal("10")));
        assertEquals(0, ExamStatistics.band(new BigDecimal("3"), BigDecimal.ZERO));
    }

    @Test
    void medianOfAnEvenCountIsTheMeanOfTheMiddleTwo() {
        List<BigDecimal> sorted = List.of(new BigDecimal("2"), new BigDecimal("3"), new BigDecimal("8"),
                new BigDecimal("10"));
        assertEquals(new BigDecimal("5.50"), ExamStatistics.median(sorted));
        assertEquals(new BigDecimal("5.75"), ExamStatistics.mean(sorted));
        assertEquals(new BigDecimal("3.00"), ExamStatistics.median(sorted.subList(0, 3)));
        assertNull(ExamStatistics.median(List.of()));
    }
}
