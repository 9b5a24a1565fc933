package org.ziyuanku.service.teaching;

import java.time.LocalDateTime;
import java.util.List;

/**
 * A new or changed homework as staff give it: the class (null for the whole offering), title, rich-text
 * instructions, window, late policy ({@code REFUSE}, {@code ACCEPT_MARKED}, {@code ACCEPT_WITH_PENALTY} with
 * {@code latePenaltyPercent}), points, {@code TEXT}/{@code FILE}/{@code BOTH}, {@code MANUAL}/{@code PEER}, and for
 * peer grading N, the rubric (its points add up to {@code maxPoints}), {@code MEDIAN}/{@code MEAN} and the no-review
 * penalty. Names of enum constants are checked by the service.
 */
public record AssignmentCommand(Long classId, String title, String instructions, LocalDateTime opensAt,
        LocalDateTime dueAt, String latePolicy, Integer latePenaltyPercent, Integer maxPoints, String submissionKinds,
        String grading, Integer peerCount, List<Criterion> rubric, String aggregation, Integer noReviewPenalty) {

    /** One rubric criterion. */
    public record Criterion(String title, Integer maxPoints) {
    }
}
