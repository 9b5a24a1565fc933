package org.ziyuanku.web.console.learning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.ziyuanku.domain.exam.ExamAttemptStatus;
import org.ziyuanku.domain.exam.ExamStatus;
import org.ziyuanku.domain.exam.ShowAnswers;
import org.ziyuanku.service.exam.ExamView;
import org.ziyuanku.service.exam.LearnerExamView;
import org.ziyuanku.service.exam.LearnerExamView.LatestAttempt;

class LearningExamRowTest {

    private static final LocalDateTime OPENS = LocalDateTime.of(2026, 12, 1, 8, 30);
    private static final ExamView EXAM = new ExamView(1, 2, 3, null, "期中", OPENS, OPENS.plusHours(2), 60, 2, null,
            ShowAnswers.AFTER_SUBMIT, ExamStatus.PUBLISHED, 4, OPENS.minusDays(1), 0, 1, 0);

    @Test
    void beforeOpening_notOpen_noStart() {
        LearningExamRow row = row(attempt(ExamAttemptStatus.PREPARED, 1, null),
                OPENS.minusMinutes(1));
        assertEquals("NOT_OPEN", row.state());
        assertFalse(row.mayStart());
        assertNull(row.attemptId(), "a prepared attempt is not opened by id");
        assertEquals("2026-12-01 08:30", row.opens());
    }

    @Test
    void open_preparedOrNone_mayStart_inProgressResumes() {
        assertTrue(row(null, OPENS.plusMinutes(5)).mayStart());
        LearningExamRow prepared = row(attempt(ExamAttemptStatus.PREPARED, 1, null),
                OPENS.plusMinutes(5));
        assertEquals("OPEN", prepared.state());
        assertTrue(prepared.mayStart());
        LearningExamRow running = row(attempt(ExamAttemptStatus.IN_PROGRESS, 1, null),
                OPENS.plusMinutes(5));
        assertEquals("IN_PROGRESS", running.state());
        assertEquals(9L, running.attemptId());
    }

    @Test
    void submitted_showsTheScore_andAnotherAttemptOnlyWhileAttemptsAndWindowLast() {
        LearningExamRow first = row(attempt(ExamAttemptStatus.GRADED, 1, new BigDecimal("7")),
                OPENS.plusMinutes(50));
        assertEquals("DONE", first.state());
        assertEquals(new BigDecimal("7"), first.score());
        assertTrue(first.mayStart(), "the second of two attempts");
        assertFalse(row(attempt(ExamAttemptStatus.SUBMITTED, 2, BigDecimal.ONE),
                OPENS.plusMinutes(50)).mayStart(), "no attempt left");
        assertFalse(row(attempt(ExamAttemptStatus.GRADED, 1, BigDecimal.ONE),
                OPENS.plusHours(3)).mayStart(), "closed");
    }

    @Test
    void submittedWithAnAnswerWaiting_isAwaitingGrading_gradedIsNot() {
        assertTrue(row(attempt(ExamAttemptStatus.SUBMITTED, 1, BigDecimal.ZERO),
                OPENS.plusMinutes(50)).awaiting(), "待评分, not 0 / 8");
        assertFalse(row(attempt(ExamAttemptStatus.GRADED, 1, BigDecimal.ZERO),
                OPENS.plusMinutes(50)).awaiting());
        assertFalse(row(null, OPENS.plusMinutes(5)).awaiting());
    }

    private static LearningExamRow row(LatestAttempt attempt, LocalDateTime now) {
        return LearningExamRow.of(new LearnerExamView(EXAM, attempt), now);
    }

    private static LatestAttempt attempt(ExamAttemptStatus status, int number, BigDecimal score) {
        return LatestAttempt.of(9, number, status, score, new BigDecimal("8"));
    }
}
