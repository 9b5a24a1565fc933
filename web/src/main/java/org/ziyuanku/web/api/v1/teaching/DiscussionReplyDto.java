package org.ziyuanku.web.api.v1.teaching;

import java.time.LocalDateTime;
import org.ziyuanku.service.teaching.DiscussionReplyView;

/** A reply; a removed one has an empty body for learners and the moderator's reason. */
public record DiscussionReplyDto(long id, Long parentId, String body, String status, boolean best, String authorName,
        boolean mine, LocalDateTime createdAt, long likes, boolean likedByMe, String moderationNote) {

    static DiscussionReplyDto of(DiscussionReplyView v) {
        return new DiscussionReplyDto(v.id(), v.parentId(), v.body(), v.status(), v.best(), v.authorName(), v.mine(),
                v.createdAt(), v.likes(), v.likedByMe(), v.moderationNote());
    }
}
