package org.ziyuanku.service.teaching;

import java.io.Serializable;
import java.time.LocalDateTime;

/**
 * A notice as its reader sees it: {@code classId} null for the whole offering; {@code read} whether the caller read it
 * (learners); {@code readCount} of {@code audience} learners read it (staff; 0 of 0 for learners).
 */
public record NoticeView(long id, long offeringId, Long classId, String title, String body, boolean pinned,
        long authorId, String authorName, LocalDateTime createdAt, LocalDateTime updatedAt, boolean read,
        int readCount, int audience) implements Serializable {
}
