package org.ziyuanku.domain.exam;

/**
 * An exam attempt: PREPARED (drawn before the exam opens), IN_PROGRESS, SUBMITTED (objective items graded, some left
 * to a person) and GRADED (nothing left to grade).
 */
public enum ExamAttemptStatus {
    PREPARED, IN_PROGRESS, SUBMITTED, GRADED
}
