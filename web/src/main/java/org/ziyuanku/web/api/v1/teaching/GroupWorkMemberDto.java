package org.ziyuanku.web.api.v1.teaching;

import java.math.BigDecimal;
import org.ziyuanku.service.teaching.GroupWorkMemberView;

/** A member of a group submission, for staff: adjustment, average rating (of how many) and resulting score. */
public record GroupWorkMemberDto(long learnerId, String username, String name, BigDecimal adjustment, String reason,
        BigDecimal averageRating, int ratings, BigDecimal score) {

    static GroupWorkMemberDto of(GroupWorkMemberView v) {
        return new GroupWorkMemberDto(v.learnerId(), v.username(), v.name(), v.adjustment(), v.reason(),
                v.averageRating(), v.ratings(), v.score());
    }
}
