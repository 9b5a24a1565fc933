package org.ziyuanku.web.api.v1.review;

import java.time.LocalDateTime;
import java.util.List;
import org.ziyuanku.service.review.ReviewSubmissionView;

/** A submission in the API: the item, its status and level of how many, and its steps so far. */
public record ReviewSubmissionDto(long submissionId, String subjectType, long resourceId, Long revisionId,
        int version, String title, String status, int currentLevel, int levelCount, LocalDateTime submittedAt,
        LocalDateTime closedAt, List<ReviewStepDto> steps) {

    public static ReviewSubmissionDto of(ReviewSubmissionView s) {
        return new ReviewSubmissionDto(s.submissionId(), s.subjectType(), s.subjectId(), s.revisionId(),
                s.subjectVersion(), s.title(), s.status(), s.currentLevel(), s.levelCount(), s.submittedAt(),
                s.closedAt(), ReviewStepDto.of(s.steps()));
    }
}
