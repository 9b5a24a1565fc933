package org.ziyuanku.web.api.v1.resource;

import java.time.LocalDateTime;
import org.ziyuanku.service.resource.CommentView;

/** A comment on a resource; {@code flaggedWords} and {@code reports} only for moderators. */
public record CommentDto(long id, long resourceId, String author, String body, String status,
        LocalDateTime createdAt, boolean mine, String flaggedWords, long reports) {

    static CommentDto of(CommentView v) {
        return new CommentDto(v.id(), v.resourceId(), v.authorName(), v.body(), v.status(), v.createdAt(), v.mine(),
                v.flaggedWords(), v.reports());
    }
}
