package org.ziyuanku.domain.exam;

/**
 * Where a question stands in tiered review: a DRAFT (unreviewed) or RETURNED question is used only by its author for
 * their own classes; IN_REVIEW waits for the library's levels and is not changed meanwhile; PUBLISHED (approved) may
 * be drawn into any paper of the library; ARCHIVED is kept for the papers and attempts that used it but drawn no more.
 */
public enum QuestionStatus {
    DRAFT, IN_REVIEW, RETURNED, PUBLISHED, ARCHIVED;

    /** Whether a question in this state is approved for use beyond its author's own classes. */
    public boolean approved() {
        return this == PUBLISHED;
    }
}
