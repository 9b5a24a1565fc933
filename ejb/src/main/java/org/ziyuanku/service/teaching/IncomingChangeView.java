package org.ziyuanku.service.teaching;

import java.io.Serializable;
import java.time.LocalDateTime;

/**
 * A change of the standard course waiting for the teacher's decision (or decided): what happened (ADDED, CHANGED,
 * REMOVED), the offering's node it concerns with its local title, and the standard course's title now.
 */
public record IncomingChangeView(long id, String kind, String status, Long nodeId, String localTitle,
        String standardTitle, int courseVersion, LocalDateTime createdAt) implements Serializable {
}
