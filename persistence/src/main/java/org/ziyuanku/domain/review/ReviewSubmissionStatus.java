package org.ziyuanku.domain.review;

/**
 * Where a submission stands: under review, published after the last level approved, returned to its author, withdrawn
 * by them, taken down after publication, or superseded by a newer published version.
 */
public enum ReviewSubmissionStatus {
    IN_REVIEW, PUBLISHED, REJECTED, WITHDRAWN, TAKEN_DOWN, SUPERSEDED
}
