package org.ziyuanku.service.learning;

import java.io.Serializable;
import java.time.LocalDateTime;

/**
 * A note as its reader sees it: the author's name, what it is about (a resource or a course item, with a title), the
 * player position in seconds (null when none), the text, its audience, and whether the reader wrote it.
 */
public record NoteView(long id, String authorName, Long resourceId, Long offeringId, Long nodeId, String title,
        Integer positionSeconds, String body, String visibility, LocalDateTime updatedAt, boolean mine)
        implements Serializable {
}
