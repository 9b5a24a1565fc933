package org.ziyuanku.web.api.v1.teaching;

import java.time.LocalDateTime;
import org.ziyuanku.service.teaching.ClassQuestionView;

/**
 * A class question; {@code status} OPEN, ANSWERED or CLOSED; {@code held} while it awaits staff approval (its asker
 * and staff only see it then).
 */
public record ClassQuestionDto(long id, long offeringId, long classId, Long itemId, String title, String body,
        String status, boolean held, String askerName, boolean mine, LocalDateTime createdAt,
        LocalDateTime lastActivityAt, long answers) {

    static ClassQuestionDto of(ClassQuestionView v) {
        return new ClassQuestionDto(v.id(), v.offeringId(), v.classId(), v.nodeId(), v.title(), v.body(), v.status(),
                v.held(), v.askerName(), v.mine(), v.createdAt(), v.lastActivityAt(), v.answers());
    }
}
