package org.ziyuanku.domain.course;

/** The life cycle of a standard course, as of a resource: drafted, reviewed, published, taken down. */
public enum CourseStatus {
    DRAFT, IN_REVIEW, REJECTED, PUBLISHED, WITHDRAWN, TAKEN_DOWN
}
