package org.ziyuanku.service.teaching;

import java.math.BigDecimal;

/**
 * A member of the group behind a group submission, for staff: the adjustment and its reason (null when none), the
 * average rating the other members gave (null when none) and how many, and the member's score (the group's final score
 * + adjustment, within 0 .. max; null while ungraded).
 */
public record GroupWorkMemberView(long learnerId, String username, String name, BigDecimal adjustment, String reason,
        BigDecimal averageRating, int ratings, BigDecimal score) {
}
