package org.ziyuanku.web.api.v1.teaching;

import java.time.LocalDateTime;
import org.ziyuanku.service.teaching.DiscussionTopicView;

/** A discussion topic; {@code status} VISIBLE, HELD (awaiting a moderator), HIDDEN or DELETED (staff only). */
public record DiscussionTopicDto(long id, long offeringId, Long classId, Long itemId, String title, String body,
        String status, boolean locked, boolean pinned, String authorName, boolean mine, LocalDateTime createdAt,
        LocalDateTime lastActivityAt, long replies, String moderationNote) {

    static DiscussionTopicDto of(DiscussionTopicView v) {
        return new DiscussionTopicDto(v.id(), v.offeringId(), v.classId(), v.nodeId(), v.title(), v.body(), v.status(),
                v.locked(), v.pinned(), v.authorName(), v.mine(), v.createdAt(), v.lastActivityAt(), v.replies(),
                v.moderationNote());
    }
}
