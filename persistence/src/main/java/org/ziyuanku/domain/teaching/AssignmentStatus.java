package org.ziyuanku.domain.teaching;

/** A homework's life: a draft only staff see, published to its learners, closed to submissions. */
public enum AssignmentStatus {
    DRAFT, PUBLISHED, CLOSED
}
