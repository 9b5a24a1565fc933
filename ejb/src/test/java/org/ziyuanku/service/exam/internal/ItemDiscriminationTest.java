package org.ziyuanku.service.exam.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ItemDiscriminationTest {

    /** Ten learners with totals 10…1; question 1 right for the top five, question 2 right for everybody. */
    @Test
    void upperMinusLower27Percent_threeLearnersEach() {
        List<ExamResultsRepository.ItemScoreRow> rows = new ArrayList<>();
        for (int learner = 1; learner <= 10; learner++) {
            BigDecimal total = BigDecimal.valueOf(11 - learner);
            rows.add(row(learner, total, 1, learner <= 5 ? "2" : "0"));
            rows.add(row(learner, total, 2, "2"));
            rows.add(row(learner, total, 3, learner == 1 || learner == 10 ? "1" : "0"));
        }
        ItemDiscrimination d = ItemDiscrimination.of(rows);
        assertEquals(3, d.groupSize());
        assertEquals(new BigDecimal("1.00"), d.of(1));
        assertEquals(new BigDecimal("0.00"), d.of(2));
        assertEquals(new BigDecimal("0.00"), d.of(3), "one of three right in each group");
        assertNull(d.of(4));
    }

    @Test
    void fewerThanTenLearners_areTooFew() {
        List<ExamResultsRepository.ItemScoreRow> rows = new ArrayList<>();
        for (int learner = 1; learner <= 9; learner++) {
            rows.add(row(learner, BigDecimal.valueOf(learner), 1, "1"));
        }
        ItemDiscrimination d = ItemDiscrimination.of(rows);
        assertEquals(0, d.groupSize());
        assertNull(d.of(1));
    }

    private static ExamResultsRepository.ItemScoreRow row(long learner, BigDecimal total, long question, String score) {
        return new ExamResultsRepository.ItemScoreRow(learner, total, question, new BigDecimal("2"),
                new BigDecimal(score));
    }
}
