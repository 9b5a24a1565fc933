package org.ziyuanku.domain.exam;

/**
 * What a learner sees of each answer after submitting (the score is always shown): whether it was correct, the key and
 * the analysis, never, right after submitting, or once the exam window has closed.
 */
public enum ShowAnswers {
    NEVER, AFTER_SUBMIT, AFTER_CLOSE
}
