package org.ziyuanku.service.teaching;

import java.time.LocalDateTime;
import java.util.List;

/**
 * A peer review the caller owes, anonymous: the work (text and files) and the rubric, never who wrote it; the
 * caller's scores and comment once done.
 */
public record PeerReviewTaskView(long id, long assignmentId, String assignmentTitle, String text,
        List<SubmissionFileView> files, List<AssignmentCommand.Criterion> rubric, List<Integer> scores, String comment,
        LocalDateTime doneAt) {
}
