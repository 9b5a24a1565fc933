package org.ziyuanku.service.teaching;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

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

    /** The median of the peers' totals, or null before any review is done. */
    public BigDecimal peerMedian() {
        if (peerTotals.isEmpty()) {
            return null;
        }
        List<Integer> sorted = new ArrayList<>(peerTotals);
        sorted.sort(null);
        int n = sorted.size();
        return n % 2 == 1 ? BigDecimal.valueOf(sorted.get(n / 2))
                : BigDecimal.valueOf(sorted.get(n / 2 - 1) + sorted.get(n / 2)).divide(BigDecimal.valueOf(2));
    }

    /** The peers' totals as text, joined with the caller's list separator ("8、6" / "8, 6"). */
    public String peerTotalsText(String separator) {
        return peerTotals.stream().map(String::valueOf).collect(Collectors.joining(separator));
    }

    /** A review of the learner's work: scores per criterion, total, comment; no reviewer. */
    public record ReceivedReview(List<Integer> scores, Integer total, String comment, boolean done) {
    }
}
