package org.ziyuanku.web.api.v1.gradebook;

import org.ziyuanku.service.gradebook.LearnerGradeView;

/**
 * A learner's grades: each category in percent (one decimal; null when nothing of it is graded yet), the weighted
 * total, and the figures behind them.
 */
public record LearnerGradeDto(long learnerId, String name, String studentNo, Double progress, Double homework,
        Double discussion, Double exam, Double total, int completedItems, int items, double homeworkScore,
        double homeworkMax, int posts, double examScore, double examMax) {

    static LearnerGradeDto of(LearnerGradeView v) {
        return new LearnerGradeDto(v.learnerId(), v.name(), v.studentNo(), v.progress(), v.homework(),
                v.discussion(), v.exam(), v.total(), v.completedItems(), v.items(), v.homeworkScore(),
                v.homeworkMax(), v.posts(), v.examScore(), v.examMax());
    }
}
