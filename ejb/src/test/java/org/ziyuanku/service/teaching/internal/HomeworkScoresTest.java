package org.ziyuanku.service.teaching.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ziyuanku.domain.teaching.PeerAggregation;

class HomeworkScoresTest {

    @Test
    void medianAndMean() {
        assertEquals(new BigDecimal("7"), HomeworkScores.aggregate(PeerAggregation.MEDIAN, List.of(9, 7, 2)));
        assertEquals(new BigDecimal("6.50"), HomeworkScores.aggregate(PeerAggregation.MEDIAN, List.of(9, 4, 6, 7)));
        assertEquals(new BigDecimal("6.00"), HomeworkScores.aggregate(PeerAggregation.MEAN, List.of(9, 7, 2)));
    }
}
