package org.ziyuanku.web.api.v1.review;

import java.util.List;
import org.ziyuanku.service.review.ReviewStatisticsView;

/**
 * Review statistics in the API: per level the items waiting, their average and longest wait and the average time a
 * decision took (hours); why items were returned, by field and by comment; how many were published and returned.
 */
public record ReviewStatisticsDto(List<LevelLineDto> levels, List<ReasonLineDto> reasonsByField,
        List<ReasonLineDto> commonComments, long publishedCount, long rejectedCount) {

    /** One review level. */
    public record LevelLineDto(int level, long waiting, double averageWaitingHours, double longestWaitingHours,
            double averageDecisionHours) {
    }

    /** A reason and how often it was given. */
    public record ReasonLineDto(String reason, long count) {
    }

    public static ReviewStatisticsDto of(ReviewStatisticsView v) {
        return new ReviewStatisticsDto(v.levels().stream().map(l -> new LevelLineDto(l.level(), l.waiting(),
                l.averageWaitingHours(), l.longestWaitingHours(), l.averageDecisionHours())).toList(),
                reasons(v.reasonsByField()), reasons(v.commonComments()), v.publishedCount(), v.rejectedCount());
    }

    private static List<ReasonLineDto> reasons(List<ReviewStatisticsView.ReasonLine> lines) {
        return lines.stream().map(r -> new ReasonLineDto(r.reason(), r.count())).toList();
    }
}
