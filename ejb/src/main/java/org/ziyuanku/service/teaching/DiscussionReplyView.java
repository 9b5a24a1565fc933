package org.ziyuanku.service.teaching;

import java.io.Serializable;
import java.time.LocalDateTime;

/**
 * A reply as the caller sees it; a removed one keeps its place in the thread with an empty body for learners and the
 * moderator's reason.
 */
public record DiscussionReplyView(long id, Long parentId, String body, String status, boolean best, String authorName,
        boolean mine, LocalDateTime createdAt, long likes, boolean likedByMe, String moderationNote)
        implements Serializable {
}
