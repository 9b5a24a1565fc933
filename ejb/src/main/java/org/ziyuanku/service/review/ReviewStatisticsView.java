package org.ziyuanku.service.review;

import java.io.Serializable;
import java.util.List;

/**
 * Review statistics over the libraries a caller manages: per level the items waiting, their average and longest wait
 * and the average time decisions took (hours); and why items were returned, by field and by comment.
 */
public record ReviewStatisticsView(List<LevelLine> levels, List<ReasonLine> reasonsByField,
        List<ReasonLine> commonComments, long publishedCount, long rejectedCount) implements Serializable {

    /** One review level. */
    public record LevelLine(int level, long waiting, double averageWaitingHours, double longestWaitingHours,
            double averageDecisionHours) implements Serializable {
    }

    /** A reason and how often it was given. */
    public record ReasonLine(String reason, long count) implements Serializable {
    }
}
