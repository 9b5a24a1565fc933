package org.ziyuanku.service.gradebook.internal;

import java.util.List;
import java.util.Map;
import org.ziyuanku.service.gradebook.GradeWeightsView;
import org.ziyuanku.service.gradebook.LearnerGradeView;
import org.ziyuanku.service.learning.ClassStatisticsView;
import org.ziyuanku.service.learning.LearnerStatisticsView;

/**
 * Turns the grouped figures into gradebook rows. Each category is a percentage: progress = completed items / visible
 * items; homework = sum of scores / sum of maximum points of the assignments that count; discussion = posts (topics
 * and replies) / the target, capped at 100; exams = sum of best-attempt scores / sum of maxima of the exams that count.
 * A category with nothing to grade for the learner yet is null and left out of the total, whose remaining weights are
 * scaled up to 100 (total = Σ weight·percentage / Σ weight of the categories present). Everything is rounded to one
 * decimal at the end (half up).
 */
public final class GradeRows {

    private GradeRows() {
    }

    /** The rows of every ACTIVE learner of the class, in the order of the class statistics (student number, name). */
    public static List<LearnerGradeView> of(ClassStatisticsView progress, GradeWeightsView weights,
            Map<Long, double[]> homework, Map<Long, Integer> posts, Map<Long, double[]> exams) {
        return progress.learners().stream().map(l -> row(l, weights, homework.get(l.learnerId()),
                posts.getOrDefault(l.learnerId(), 0), exams.get(l.learnerId()))).toList();
    }

    private static LearnerGradeView row(LearnerStatisticsView l, GradeWeightsView w, double[] homework, int posts,
            double[] exams) {
        Double progress = l.items() == 0 ? null : Math.min(100.0, l.completed() * 100.0 / l.items());
        Double work = ratio(homework);
        Double discussion = Math.min(posts, w.discussionTarget()) * 100.0 / w.discussionTarget();
        Double exam = ratio(exams);
        double weighted = 0;
        int weightSum = 0;
        double[][] parts = {{w.progress(), value(progress)}, {w.homework(), value(work)},
            {w.discussion(), value(discussion)}, {w.exam(), value(exam)}};
        for (double[] part : parts) {
            if (!Double.isNaN(part[1])) {
                weighted += part[0] * part[1];
                weightSum += (int) part[0];
            }
        }
        Double total = weightSum == 0 ? null : weighted / weightSum;
        return new LearnerGradeView(l.learnerId(), l.name(), l.studentNo(), round(progress), round(work),
                round(discussion), round(exam), round(total), l.completed(), l.items(), first(homework, 0),
                first(homework, 1), posts, first(exams, 0), first(exams, 1));
    }

    private static Double ratio(double[] scoreAndMax) {
        return scoreAndMax == null || scoreAndMax[1] <= 0 ? null : Math.min(100.0, scoreAndMax[0] * 100.0
                / scoreAndMax[1]);
    }

    private static double value(Double percentage) {
        return percentage == null ? Double.NaN : percentage;
    }

    private static double first(double[] values, int index) {
        return values == null ? 0 : values[index];
    }

    /** Rounds to one decimal, half up (null stays null). */
    static Double round(Double value) {
        return value == null ? null : java.math.BigDecimal.valueOf(value).setScale(1, java.math.RoundingMode.HALF_UP)
                .doubleValue();
    }
}
