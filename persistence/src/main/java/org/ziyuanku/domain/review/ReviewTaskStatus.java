package org.ziyuanku.domain.review;

/** A level's task: open for the level's reviewers, or closed by a decision or the author's withdrawal. */
public enum ReviewTaskStatus {
    OPEN, APPROVED, REJECTED, WITHDRAWN
}
