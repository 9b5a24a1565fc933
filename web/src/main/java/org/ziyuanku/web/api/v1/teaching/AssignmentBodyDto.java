package org.ziyuanku.web.api.v1.teaching;

import java.time.LocalDateTime;
import java.util.List;

/**
 * The body of a new or changed homework: {@code classId} (absent for the whole offering), {@code title},
 * {@code instructions} (rich text, sanitised), {@code opensAt}, {@code dueAt}, {@code latePolicy}
 * (REFUSE | ACCEPT_MARKED | ACCEPT_WITH_PENALTY) and {@code latePenaltyPercent}, {@code maxPoints},
 * {@code submissionKinds} (TEXT | FILE | BOTH), {@code grading} (MANUAL | PEER), and for peer grading
 * {@code peerCount}, {@code rubric} ({@code [{title, maxPoints}]}, adding up to maxPoints), {@code aggregation}
 * (MEDIAN | MEAN), {@code noReviewPenalty}.
 */
public record AssignmentBodyDto(Long classId, String title, String instructions, LocalDateTime opensAt,
        LocalDateTime dueAt, String latePolicy, Integer latePenaltyPercent, Integer maxPoints, String submissionKinds,
        String grading, Integer peerCount, List<CriterionDto> rubric, String aggregation, Integer noReviewPenalty) {
}
