package org.ziyuanku.web.api.v1.teaching;

import java.time.LocalDateTime;
import java.util.List;
import org.ziyuanku.service.teaching.AssignmentView;

/** A homework; {@code submissions} is the number of submissions (staff; 0 for learners). */
public record AssignmentDto(long id, long offeringId, Long classId, String title, String instructions,
        LocalDateTime opensAt, LocalDateTime dueAt, String latePolicy, int latePenaltyPercent, int maxPoints,
        String submissionKinds, String grading, int peerCount, List<CriterionDto> rubric, String aggregation,
        int noReviewPenalty, String status, LocalDateTime peersAssignedAt, int submissions, int version,
        boolean groupWork) {

    static AssignmentDto of(AssignmentView v) {
        return new AssignmentDto(v.id(), v.offeringId(), v.classId(), v.title(), v.instructions(), v.opensAt(),
                v.dueAt(), v.latePolicy(), v.latePenaltyPercent(), v.maxPoints(), v.submissionKinds(), v.grading(),
                v.peerCount(), v.rubric().stream().map(CriterionDto::of).toList(), v.aggregation(),
                v.noReviewPenalty(), v.status(), v.peersAssignedAt(), v.submissions(), v.version(),
                v.groupWork());
    }
}
