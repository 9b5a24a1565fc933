package org.ziyuanku.domain.teaching;

import java.time.LocalDateTime;
import java.util.List;

/**
 * What staff set on a homework (already checked by the service): title, sanitised instructions, the window, the late
 * policy and its penalty, the points, what a submission holds, the grading and, for peer grading, how many reviews
 * each submission gets, the rubric, the aggregation and the points a learner loses for not finishing their reviews.
 */
public record AssignmentSettings(String title, String instructions, LocalDateTime opensAt, LocalDateTime dueAt,
        LatePolicy latePolicy, int latePenaltyPercent, int maxPoints, SubmissionKinds kinds, GradingMode grading,
        int peerCount, List<RubricCriterion> rubric, PeerAggregation aggregation, int noReviewPenalty) {
}
