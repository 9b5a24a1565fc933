package org.ziyuanku.service.review;

import java.io.Serializable;
import java.util.Map;
import org.ziyuanku.domain.review.ReviewDecision;
import org.ziyuanku.domain.review.ReviewedField;

/**
 * A reviewer's decision on an open task: approve or reject, an overall comment and reasons per field (a rejection
 * needs at least one of them), and what the reviewer had in front of them: the task's version and the metadata hash
 * (either may be null to skip that check).
 */
public record DecideReviewCommand(long taskId, ReviewDecision decision, String comment,
        Map<ReviewedField, String> fieldReasons, Integer taskVersion, String metadataSha256) implements Serializable {

    public DecideReviewCommand {
        fieldReasons = fieldReasons == null ? Map.of() : Map.copyOf(fieldReasons);
    }
}
