package org.ziyuanku.web.api.v1.learning;

import java.util.List;
import org.ziyuanku.service.learning.ClassStatisticsView;

/** A class's statistics: the class, its offering, the number of items, the totals and every learner. */
public record ClassStatisticsDto(long classId, String className, long offeringId, String offeringTitle, int items,
        int learnerCount, int averageProgress, int activeLastWeek, List<LearnerStatisticsDto> learners) {

    static ClassStatisticsDto of(ClassStatisticsView v) {
        return new ClassStatisticsDto(v.classId(), v.className(), v.offeringId(), v.offeringTitle(), v.items(),
                v.learnerCount(), v.averageProgress(), v.activeLastWeek(),
                v.learners().stream().map(LearnerStatisticsDto::of).toList());
    }
}
