package org.ziyuanku.service.exam;

import java.io.Serializable;
import java.math.BigDecimal;

/** An answer waiting for a person to grade it (manual grading queue, question by question across learners). */
public record GradingItemView(long attemptId, long learnerId, long questionId, String stem, BigDecimal points,
        String answer, String reference) implements Serializable {

    private static final long serialVersionUID = 1L;
}
