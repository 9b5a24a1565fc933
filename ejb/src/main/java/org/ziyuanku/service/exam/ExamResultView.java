package org.ziyuanku.service.exam;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import org.ziyuanku.domain.exam.ExamAttemptStatus;

/**
 * One attempt of an exam as its teachers see it; {@code switchAwayCount} (how often the learner left the page) is a
 * signal, not a verdict.
 */
public record ExamResultView(long attemptId, long learnerId, String learnerName, int attemptNo,
        ExamAttemptStatus status, LocalDateTime startedAt, LocalDateTime submittedAt, String submittedHow,
        BigDecimal score, BigDecimal maxScore, int switchAwayCount) implements Serializable {

    private static final long serialVersionUID = 1L;
}
