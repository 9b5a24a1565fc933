package org.ziyuanku.service.exam;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ziyuanku.service.exam.internal.AnswerRepository;

class GradingItemViewTest {

    @Test
    void pending_waitsForAPerson_asItsRepositoryRowDoes() {
        assertTrue(item("PENDING").waiting());
        assertTrue(new AnswerRepository.PendingRow(1, 2, 3, "answer", "PENDING", null).waiting());
    }

    @Test
    void peerGradedOrGradedByATeacher_doesNotWait_asItsRepositoryRowDoesNot() {
        for (String grader : new String[] {"PEER", "TEACHER", "AUTO", null}) {
            assertFalse(item(grader).waiting(), grader);
            assertFalse(new AnswerRepository.PendingRow(1, 2, 3, "answer", grader, BigDecimal.ONE).waiting(), grader);
        }
    }

    private static GradingItemView item(String grader) {
        return new GradingItemView(1, 2, 3, "stem", BigDecimal.TEN, "answer", "reference", grader, 2,
                List.of(new BigDecimal("3"), new BigDecimal("4")), null);
    }
}
