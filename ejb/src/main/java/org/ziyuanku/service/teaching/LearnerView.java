package org.ziyuanku.service.teaching;

import java.io.Serializable;
import java.time.LocalDateTime;

/** An active learner of a class: who, their student number when the roster gave one, how and when they came. */
public record LearnerView(long accountId, String username, String displayName, String studentNo, String source,
        LocalDateTime enrolledAt) implements Serializable {
}
