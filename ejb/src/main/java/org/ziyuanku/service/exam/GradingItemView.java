package org.ziyuanku.service.exam;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;

/**
 * An answer waiting for a person to grade it (manual grading queue, question by question across learners), or graded
 * by peers ({@code grader} PEER: the teacher's grade overrides theirs); {@code peerTasks}: how many peers grade it (0:
 * no peer grading), {@code peerScores}: the scores they gave so far, {@code peerMean}: the answer's score from their
 * mean once all are in (grader PEER; null while it waits: {@link #waiting}).
 */
public record GradingItemView(long attemptId, long learnerId, long questionId, String stem, BigDecimal points,
        String answer, String reference, String grader, int peerTasks, List<BigDecimal> peerScores,
        BigDecimal peerMean) implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Whether the answer still waits for a person: neither a teacher's grade nor its peers' mean. */
    public boolean waiting() {
        return waitsForAPerson(grader);
    }

    /**
     * Whether an answer with that grader still waits for a person (grader PENDING): the one rule, also for the
     * repository's rows of the grading queue.
     */
    public static boolean waitsForAPerson(String grader) {
        return "PENDING".equals(grader);
    }
}
