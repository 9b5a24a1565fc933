package org.ziyuanku.service.resource;

import java.io.Serializable;
import java.time.LocalDateTime;

/**
 * A comment on a resource: author, text, status (VISIBLE, or HELD for its author and moderators), when, whether the
 * reader wrote it; for moderators also the flagged words and the number of reports.
 */
public record CommentView(long id, long resourceId, String authorName, String body, String status,
        LocalDateTime createdAt, boolean mine, String flaggedWords, long reports) implements Serializable {
}
