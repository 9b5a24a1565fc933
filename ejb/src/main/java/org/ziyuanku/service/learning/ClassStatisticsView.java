package org.ziyuanku.service.learning;

import java.io.Serializable;
import java.util.List;

/**
 * The statistics of one class (班级统计): the class and its offering, the number of visible items, and per ACTIVE
 * learner their figures; totals: learners, average progress in percent, learners active in the last 7 days.
 */
public record ClassStatisticsView(long classId, String className, long offeringId, String offeringTitle, int items,
        List<LearnerStatisticsView> learners, int averageProgress, int activeLastWeek) implements Serializable {

    private static final long serialVersionUID = 1L;

    public ClassStatisticsView {
        learners = List.copyOf(learners);
    }

    /** The number of ACTIVE learners. */
    public int learnerCount() {
        return learners.size();
    }

    /** The learners behind schedule. */
    public List<LearnerStatisticsView> behind() {
        return learners.stream().filter(LearnerStatisticsView::behind).toList();
    }
}
