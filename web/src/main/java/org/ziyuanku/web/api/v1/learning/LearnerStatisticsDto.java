package org.ziyuanku.web.api.v1.learning;

import java.time.LocalDateTime;
import org.ziyuanku.service.learning.LearnerStatisticsView;

/** One learner of a class in the class statistics. */
public record LearnerStatisticsDto(long learnerId, String name, String studentNo, int completed, int items,
        int progress, long timeSpentMs, LocalDateTime lastActivity, boolean behind) {

    static LearnerStatisticsDto of(LearnerStatisticsView v) {
        return new LearnerStatisticsDto(v.learnerId(), v.name(), v.studentNo(), v.completed(), v.items(),
                v.progress(), v.timeSpentMs(), v.lastActivity(), v.behind());
    }
}
