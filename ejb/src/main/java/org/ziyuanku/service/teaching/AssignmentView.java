package org.ziyuanku.service.teaching;

import java.time.LocalDateTime;
import java.util.List;

/**
 * A homework as its staff and learners see it; {@code submissions} counts for staff (0 for learners);
 * {@code groupWork}: one submission per group (分组任务).
 */
public record AssignmentView(long id, long offeringId, Long classId, String title, String instructions,
        LocalDateTime opensAt, LocalDateTime dueAt, String latePolicy, int latePenaltyPercent, int maxPoints,
        String submissionKinds, String grading, int peerCount, List<AssignmentCommand.Criterion> rubric,
        String aggregation, int noReviewPenalty, String status, LocalDateTime peersAssignedAt, int submissions,
        int version, boolean groupWork) {
}
