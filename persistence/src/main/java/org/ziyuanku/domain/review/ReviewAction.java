package org.ziyuanku.domain.review;

/** One step in a review record. */
public enum ReviewAction {
    SUBMITTED, APPROVED, REJECTED, WITHDRAWN, PUBLISHED, TAKEN_DOWN
}
