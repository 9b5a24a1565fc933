package org.ziyuanku.web.console.learning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ziyuanku.domain.exam.ExamAttemptStatus;
import org.ziyuanku.domain.exam.ExamStatus;
import org.ziyuanku.domain.exam.ShowAnswers;
import org.ziyuanku.service.exam.AttemptView;
import org.ziyuanku.service.exam.ExamView;

class LearningExamRowTest {

    private static final LocalDateTime OPENS = LocalDateTime.of(2026, 12, 1, 8, 30);
    private static final ExamView EXAM = new ExamView(1, 2, 3, null, "期中", OPENS, OPENS.plusHours(2), 60, 2, null,
            ShowAnswers.AFTER_SUBMIT, ExamStatus.PUBLISHED, 4, OPENS.minusDays(1), 0, 1, 0);

    @Test
    void beforeOpening_notOpen_noStart() {
        LearningExamRow row = LearningExamRow.of(EXAM, attempt(ExamAttemptStatus.PREPARED, 1, null),
                OPENS.minusMinutes(1));
        assertEquals("NOT_OPEN", row.state());
        assertFalse(row.mayStart());
        assertNull(row.attemptId(), "a prepared attempt is not opened by id");
        assertEquals("2026-12-01 08:30", row.opens());
    }

    @Test
    void open_preparedOrNone_mayStart_inProgressResumes() {
        assertTrue(LearningExamRow.of(EXAM, null, OPENS.plusMinutes(5)).mayStart());
        LearningExamRow prepared = LearningExamRow.of(EXAM, attempt(ExamAttemptStatus.PREPARED, 1, null),
                OPENS.plusMinutes(5));
        assertEquals("OPEN", prepared.state());
        assertTrue(prepared.mayStart());
        LearningExamRow running = LearningExamRow.of(EXAM, attempt(ExamAttemptStatus.IN_PROGRESS, 1, null),
                OPENS.plusMinutes(5));
        assertEquals("IN_PROGRESS", running.state());
        assertEquals(9L, running.attemptId());
    }

    @Test
    void submitted_showsTheScore_andAnotherAttemptOnlyWhileAttemptsAndWindowLast() {
        LearningExamRow first = LearningExamRow.of(EXAM, attempt(ExamAttemptStatus.GRADED, 1, new BigDecimal("7")),
                OPENS.plusMinutes(50));
        assertEquals("DONE", first.state());
        assertEquals(new BigDecimal("7"), first.score());
        assertTrue(first.mayStart(), "the second of two attempts");
        assertFalse(LearningExamRow.of(EXAM, attempt(ExamAttemptStatus.SUBMITTED, 2, BigDecimal.ONE),
                OPENS.plusMinutes(50)).mayStart(), "no attempt left");
        assertFalse(LearningExamRow.of(EXAM, attempt(ExamAttemptStatus.GRADED, 1, BigDecimal.ONE),
                OPENS.plusHours(3)).mayStart(), "closed");
    }

    @Test
    void submittedWithAnAnswerWaiting_isAwaitingGrading_gradedIsNot() {
        assertTrue(LearningExamRow.of(EXAM, attempt(ExamAttemptStatus.SUBMITTED, 1, BigDecimal.ZERO),
                OPENS.plusMinutes(50)).awaiting(), "待评分, not 0 / 8");
        assertFalse(LearningExamRow.of(EXAM, attempt(ExamAttemptStatus.GRADED, 1, BigDecimal.ZERO),
                OPENS.plusMinutes(50)).awaiting());
        assertFalse(LearningExamRow.of(EXAM, null, OPENS.plusMinutes(5)).awaiting());
    }

    private static AttemptView attempt(ExamAttemptStatus status, int number, BigDecimal score) {
        return new AttemptView(9, 1, "期中", number, status, null, null, null, OPENS, score, new BigDecimal("8"), 0,
                List.of(), List.of(), List.of(), null);
    }
}
