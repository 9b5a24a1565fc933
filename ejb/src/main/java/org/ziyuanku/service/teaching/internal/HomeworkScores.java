package org.ziyuanku.service.teaching.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.ziyuanku.domain.teaching.Assignment;
import org.ziyuanku.domain.teaching.LatePolicy;
import org.ziyuanku.domain.teaching.PeerAggregation;

/**
 * How a homework score is reached: a late submission under ACCEPT_WITH_PENALTY loses its percentage; peer totals
 * are aggregated by median (the middle one, or the mean of the two middle ones) or mean; a learner who has not
 * finished the reviews they were given loses the no-review penalty; never below 0; two decimals, half up.
 */
public final class HomeworkScores {

    private HomeworkScores() {
    }

    /** The final score of a manually graded submission. */
    public static BigDecimal manual(Assignment a, BigDecimal teacherScore, boolean late) {
        return scale(lateFactor(a, late, teacherScore));
    }

    /** The final score from the peers' totals; null while no review is done. */
    public static BigDecimal peer(Assignment a, List<Integer> totals, boolean late, boolean reviewsUnfinished) {
        if (totals.isEmpty()) {
            return null;
        }
        BigDecimal score = lateFactor(a, late, aggregate(a.getAggregation(), totals));
        if (reviewsUnfinished) {
            score = score.subtract(BigDecimal.valueOf(a.getNoReviewPenalty()));
        }
        return scale(score.max(BigDecimal.ZERO));
    }

    /** The median or mean of the totals (not empty). */
    public static BigDecimal aggregate(PeerAggregation aggregation, List<Integer> totals) {
        List<Integer> sorted = totals.stream().sorted().toList();
        int n = sorted.size();
        if (aggregation == PeerAggregation.MEAN) {
            return BigDecimal.valueOf(sorted.stream().mapToInt(Integer::intValue).sum())
                    .divide(BigDecimal.valueOf(n), 2, RoundingMode.HALF_UP);
        }
        if (n % 2 == 1) {
            return BigDecimal.valueOf(sorted.get(n / 2));
        }
        return BigDecimal.valueOf(sorted.get(n / 2 - 1) + sorted.get(n / 2)).divide(BigDecimal.valueOf(2), 2,
                RoundingMode.HALF_UP);
    }

    private static BigDecimal lateFactor(Assignment a, boolean late, BigDecimal score) {
        if (!late || a.getLatePolicy() != LatePolicy.ACCEPT_WITH_PENALTY) {
            return score;
        }
        return score.multiply(BigDecimal.valueOf(100 - a.getLatePenaltyPercent())).divide(BigDecimal.valueOf(100), 2,
                RoundingMode.HALF_UP);
    }

    private static BigDecimal scale(BigDecimal score) {
        return score.setScale(2, RoundingMode.HALF_UP);
    }
}
