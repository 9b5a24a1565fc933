package org.ziyuanku.service.exam.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ziyuanku.service.exam.ExamStatisticsView;

/**
 * The discrimination index of each question (Kelley's upper and lower 27 %): the graded learners are ranked by their
 * total score (ties by learner id, so the result is stable); the first and the last round(27 % × n) form the upper and
 * lower group; per question D = score rate of the upper group − score rate of the lower group, where a group's rate is
 * its sum of scores / sum of points over its members whose paper holds the question. Below
 * {@link ExamStatisticsView#MIN_FOR_DISCRIMINATION} graded learners there is no index. Pure.
 */
public final class ItemDiscrimination {

    private static final double SHARE = 0.27;

    private final int groupSize;
    private final Map<Long, BigDecimal> byQuestion;

    private ItemDiscrimination(int groupSize, Map<Long, BigDecimal> byQuestion) {
        this.groupSize = groupSize;
        this.byQuestion = byQuestion;
    }

    /** The indexes over these rows (one per question of each learner's best graded attempt). */
    public static ItemDiscrimination of(List<ExamResultsRepository.ItemScoreRow> rows) {
        Map<Long, List<ExamResultsRepository.ItemScoreRow>> byLearner = new LinkedHashMap<>();
        rows.forEach(r -> byLearner.computeIfAbsent(r.learnerId(), k -> new ArrayList<>()).add(r));
        int n = byLearner.size();
        if (n < ExamStatisticsView.MIN_FOR_DISCRIMINATION) {
            return new ItemDiscrimination(0, Map.of());
        }
        List<List<ExamResultsRepository.ItemScoreRow>> ranked = new ArrayList<>(byLearner.values());
        ranked.sort(Comparator.comparing((List<ExamResultsRepository.ItemScoreRow> l) -> l.get(0).total()).reversed()
                .thenComparing(l -> l.get(0).learnerId()));
        int size = (int) Math.round(SHARE * n);
        Map<Long, BigDecimal[]> upper = sums(ranked.subList(0, size));
        Map<Long, BigDecimal[]> lower = sums(ranked.subList(n - size, n));
        Map<Long, BigDecimal> result = new HashMap<>();
        upper.forEach((question, up) -> {
            BigDecimal[] low = lower.get(question);
            if (low != null && up[1].signum() > 0 && low[1].signum() > 0) {
                result.put(question, up[0].divide(up[1], 6, RoundingMode.HALF_UP)
                        .subtract(low[0].divide(low[1], 6, RoundingMode.HALF_UP)).setScale(2, RoundingMode.HALF_UP));
            }
        });
        return new ItemDiscrimination(size, result);
    }

    private static Map<Long, BigDecimal[]> sums(List<List<ExamResultsRepository.ItemScoreRow>> group) {
        Map<Long, BigDecimal[]> sums = new HashMap<>();
        group.forEach(learner -> learner.forEach(r -> {
            BigDecimal[] s = sums.computeIfAbsent(r.questionId(), k -> new BigDecimal[] {BigDecimal.ZERO,
                BigDecimal.ZERO});
            s[0] = s[0].add(r.score());
            s[1] = s[1].add(r.points());
        }));
        return sums;
    }

    /** Learners in each group; 0 when too few learners were graded. */
    public int groupSize() {
        return groupSize;
    }

    /** The question's index, or null (too few learners, or a group without the question). */
    public BigDecimal of(long questionId) {
        return byQuestion.get(questionId);
    }
}
