package org.ziyuanku.service.exam;

import java.io.Serializable;
import java.math.BigDecimal;
import org.ziyuanku.domain.exam.ExamAttemptStatus;

/**
 * An exam of the learner's list ({@link AttemptService#mine}), with the learner's latest attempt at it: null before a
 * paper was drawn for the learner.
 */
public record LearnerExamView(ExamView exam, LatestAttempt latest) implements Serializable {

    private static final long serialVersionUID = 1L;

    /**
     * The learner's attempt with the highest number, of any state; {@code score} only once it is handed in (the part
     * graded so far until it is GRADED), null before.
     */
    public record LatestAttempt(long id, int attemptNo, ExamAttemptStatus status, BigDecimal score,
            BigDecimal maxScore) implements Serializable {

        private static final long serialVersionUID = 1L;

        /** The attempt as stored, its score hidden until it is handed in. */
        public static LatestAttempt of(long id, int attemptNo, ExamAttemptStatus status, BigDecimal score,
                BigDecimal maxScore) {
            return new LatestAttempt(id, attemptNo, status, handedIn(status) ? score : null, maxScore);
        }

        /** Whether the attempt is handed in (submitted or graded). */
        public boolean done() {
            return handedIn(status);
        }

        private static boolean handedIn(ExamAttemptStatus status) {
            return status == ExamAttemptStatus.SUBMITTED || status == ExamAttemptStatus.GRADED;
        }
    }
}
