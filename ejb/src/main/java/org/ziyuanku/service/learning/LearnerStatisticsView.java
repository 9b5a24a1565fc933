package org.ziyuanku.service.learning;

import java.io.Serializable;
import java.time.LocalDateTime;

/**
 * One learner of a class as the class statistics show them: name (the real name when verified), student number,
 * items completed of the offering's visible items, progress in percent, time spent, last activity (null: never) and
 * whether an item whose due date has passed is still incomplete (behind schedule).
 */
public record LearnerStatisticsView(long enrolmentId, long learnerId, String name, String studentNo, int completed,
        int items, int progress, long timeSpentMs, LocalDateTime lastActivity, boolean behind)
        implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Time spent in whole minutes, rounded down. */
    public long timeSpentMinutes() {
        return timeSpentMs / 60_000;
    }
}
