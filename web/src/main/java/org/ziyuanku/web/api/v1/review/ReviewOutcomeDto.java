package org.ziyuanku.web.api.v1.review;

import org.ziyuanku.service.review.ReviewDecisionView;

/** The answer to a decision: where the submission stands, its status and current level of how many. */
public record ReviewOutcomeDto(long submissionId, String status, int currentLevel, int levelCount) {

    public static ReviewOutcomeDto of(ReviewDecisionView v) {
        return new ReviewOutcomeDto(v.submissionId(), v.status(), v.currentLevel(), v.levelCount());
    }
}
