package org.ziyuanku.web.api.v1.teaching;

import java.time.LocalDateTime;
import org.ziyuanku.service.teaching.LearnerView;

/** An active learner of a class. */
public record LearnerDto(long accountId, String username, String displayName, String studentNo, String source,
        LocalDateTime enrolledAt) {

    static LearnerDto of(LearnerView v) {
        return new LearnerDto(v.accountId(), v.username(), v.displayName(), v.studentNo(), v.source(),
                v.enrolledAt());
    }
}
