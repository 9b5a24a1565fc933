package org.ziyuanku.service.teaching;

import java.io.Serializable;
import java.time.LocalDateTime;

/**
 * A discussion topic as the caller sees it; {@code status} VISIBLE, HELD (awaiting a moderator), HIDDEN or DELETED
 * (staff only), {@code replies} the visible ones.
 */
public record DiscussionTopicView(long id, long offeringId, Long classId, Long nodeId, String title, String body,
        String status, boolean locked, boolean pinned, String authorName, boolean mine, LocalDateTime createdAt,
        LocalDateTime lastActivityAt, long replies, String moderationNote) implements Serializable {
}
