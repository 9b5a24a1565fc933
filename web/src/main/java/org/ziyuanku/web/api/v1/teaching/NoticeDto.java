package org.ziyuanku.web.api.v1.teaching;

import java.time.LocalDateTime;
import org.ziyuanku.service.teaching.NoticeView;

/**
 * A notice: {@code classId} null for the whole offering; {@code read} whether the caller (a learner) read it;
 * {@code readCount} of {@code audience} learners read it (staff).
 */
public record NoticeDto(long id, long offeringId, Long classId, String title, String body, boolean pinned,
        String authorName, LocalDateTime createdAt, LocalDateTime updatedAt, boolean read, int readCount, int audience) {

    static NoticeDto of(NoticeView v) {
        return new NoticeDto(v.id(), v.offeringId(), v.classId(), v.title(), v.body(), v.pinned(), v.authorName(),
                v.createdAt(), v.updatedAt(), v.read(), v.readCount(), v.audience());
    }
}
