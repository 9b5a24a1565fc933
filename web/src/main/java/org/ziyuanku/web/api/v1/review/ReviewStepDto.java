package org.ziyuanku.web.api.v1.review;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.ziyuanku.service.review.ReviewStepView;

/**
 * One step of a review record in the API: level (0 for the author's and administrators' steps), decision (SUBMITTED,
 * APPROVED, REJECTED, WITHDRAWN, PUBLISHED, TAKEN_DOWN), reviewer (name, user name, role, unit), time, comment and
 * reasons per field, and the SHA-256 of the content ({@code sha256}) and metadata of the version acted on.
 */
public record ReviewStepDto(long submissionId, int version, int level, String decision, String reviewer,
        String username, String role, String unit, LocalDateTime time, String comment, Map<String, String> fieldReasons,
        String sha256, String metadataSha256) {

    public static ReviewStepDto of(ReviewStepView s) {
        return new ReviewStepDto(s.submissionId(), s.subjectVersion(), s.level(), s.action(), s.actorName(),
                s.username(), s.role(), s.unit(), s.actedAt(), s.comment(), s.fieldReasons(), s.contentSha256(),
                s.metadataSha256());
    }

    public static List<ReviewStepDto> of(List<ReviewStepView> steps) {
        return steps.stream().map(ReviewStepDto::of).toList();
    }
}
