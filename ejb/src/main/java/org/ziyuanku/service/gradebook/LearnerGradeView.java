package org.ziyuanku.service.gradebook;

/**
 * One learner's row of the gradebook: each category as a percentage 0–100 (one decimal; null when the class has
 * nothing of that category to grade yet) and the weighted total (one decimal; null when no weighted category has
 * anything to grade), with the raw figures behind the percentages.
 */
public record LearnerGradeView(long learnerId, String name, String studentNo, Double progress, Double homework,
        Double discussion, Double exam, Double total, int completedItems, int items, double homeworkScore,
        double homeworkMax, int posts, double examScore, double examMax) {
}
