package org.ziyuanku.service.teaching;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;

/**
 * A submission as staff see it (with its learner, the peers' totals and how many of the reviews the learner was
 * given are done) or as its learner sees it ({@code received}: the reviews of their work, without reviewers). For group
 * work {@code groupName} names the group; the learner's {@code finalScore} is their own (the group's final score,
 * {@code groupScore}, + their adjustment). {@code annotated}: the teacher's annotated file, or null.
 */
public record SubmissionView(long id, long assignmentId, Long learnerId, String learnerUsername, String learnerName,
        String text, List<SubmissionFileView> files, LocalDateTime submittedAt, boolean late, int resubmissions,
        BigDecimal teacherScore, String teacherComment, BigDecimal finalScore, boolean overridden,
        List<Integer> peerTotals, int reviewsDone, int reviewsGiven, List<ReceivedReview> received, int version,
        String groupName, BigDecimal groupScore, SubmissionFileView annotated) {

    /** A review of the learner's work: scores per criterion, total, comment; no reviewer. */
    public record ReceivedReview(List<Integer> scores, Integer total, String comment, boolean done) {
    }
}
