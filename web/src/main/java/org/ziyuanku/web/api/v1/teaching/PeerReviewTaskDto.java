package org.ziyuanku.web.api.v1.teaching;

import java.time.LocalDateTime;
import java.util.List;
import org.ziyuanku.service.teaching.PeerReviewTaskView;

/** A peer review the caller owes: the work without its author, the rubric, and the caller's scores once done. */
public record PeerReviewTaskDto(long id, long assignmentId, String assignmentTitle, String text,
        List<SubmissionFileDto> files, List<CriterionDto> rubric, List<Integer> scores, String comment,
        LocalDateTime doneAt) {

    static PeerReviewTaskDto of(PeerReviewTaskView v) {
        return new PeerReviewTaskDto(v.id(), v.assignmentId(), v.assignmentTitle(), v.text(),
                v.files().stream().map(SubmissionFileDto::of).toList(),
                v.rubric().stream().map(CriterionDto::of).toList(), v.scores(), v.comment(), v.doneAt());
    }
}
