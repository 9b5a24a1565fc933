package org.ziyuanku.service.review;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.List;

/**
 * One of the caller's submissions as "my submissions" shows it: the item, its status and level, and its steps so far
 * (a rejection's comment and per-field reasons among them).
 */
public record ReviewSubmissionView(long submissionId, String subjectType, long subjectId, Long revisionId,
        int subjectVersion, String title, String status, int currentLevel, int levelCount, LocalDateTime submittedAt,
        LocalDateTime closedAt, List<ReviewStepView> steps) implements Serializable {

    /** The last rejection step, or null. */
    public ReviewStepView rejection() {
        return steps.stream().filter(s -> "REJECTED".equals(s.action())).reduce((a, b) -> b).orElse(null);
    }
}
