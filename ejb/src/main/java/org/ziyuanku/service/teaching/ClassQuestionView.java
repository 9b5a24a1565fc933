package org.ziyuanku.service.teaching;

import java.io.Serializable;
import java.time.LocalDateTime;

/**
 * A class question as the caller sees it: {@code status} OPEN, ANSWERED or CLOSED; {@code held} while it awaits staff
 * approval (seen by the asker and staff only); {@code mine} whether the caller asked it.
 */
public record ClassQuestionView(long id, long offeringId, long classId, Long nodeId, String title, String body,
        String status, boolean held, String askerName, boolean mine, LocalDateTime createdAt,
        LocalDateTime lastActivityAt, long answers) implements Serializable {
}
