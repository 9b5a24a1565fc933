package org.ziyuanku.service.exam;

import java.io.Serializable;
import java.math.BigDecimal;

/**
 * A learner's record at a self-test item of an offering: how many attempts were submitted, the best and the last
 * score (null before the first), the paper's maximum, and the attempt in progress (null: none; starting again
 * resumes it).
 */
public record SelfTestScores(long itemId, String title, long learnerId, String learnerName, int attempts,
        BigDecimal bestScore, BigDecimal lastScore, BigDecimal maxScore, Long openAttemptId) implements Serializable {

    private static final long serialVersionUID = 1L;
}
