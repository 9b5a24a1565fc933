package org.ziyuanku.domain.teaching;

/**
 * Where a discussion topic or reply stands: {@code VISIBLE} to its class; {@code HELD} for a flagged word until staff
 * approve it (its author and staff see it); {@code HIDDEN} or {@code DELETED} by staff with a reason (staff see it,
 * learners see only that it was removed).
 */
public enum DiscussionStatus {
    VISIBLE,
    HELD,
    HIDDEN,
    DELETED
}
