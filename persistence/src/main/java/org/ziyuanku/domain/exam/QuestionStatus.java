package org.ziyuanku.domain.exam;

/**
 * Where a question stands: a DRAFT is seen and used only in its library's bank; PUBLISHED may be drawn into papers;
 * ARCHIVED is kept for the papers that used it but drawn no more. Tiered review (issue 15) comes between DRAFT and
 * PUBLISHED in a later slice.
 */
public enum QuestionStatus {
    DRAFT, PUBLISHED, ARCHIVED
}
