package org.ziyuanku.web.api.v1.teaching;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import org.ziyuanku.service.teaching.SubmissionView;

/**
 * A submission as staff see it: the learner, text and files, grade, final score, the peers' totals and how many of
 * the reviews the learner was given are done. {@code version} goes back with a grade or override. For group work
 * {@code groupName} names the group; {@code annotated} is the teacher's annotated file (or null). (A learner gets
 * {@link MySubmissionDto}.)
 */
public record SubmissionDto(long id, long assignmentId, Long learnerId, String learnerUsername, String learnerName,
        String text, List<SubmissionFileDto> files, LocalDateTime submittedAt, boolean late, int resubmissions,
        BigDecimal teacherScore, String teacherComment, BigDecimal finalScore, boolean overridden,
        List<Integer> peerTotals, int reviewsDone, int reviewsGiven, int version, String groupName,
        SubmissionFileDto annotated) {

    /** A review the learner's work received: scores per criterion, total, comment; never the reviewer. */
    public record ReceivedReviewDto(List<Integer> scores, Integer total, String comment, boolean done) {
    }

    static SubmissionDto of(SubmissionView v) {
        return new SubmissionDto(v.id(), v.assignmentId(), v.learnerId(), v.learnerUsername(), v.learnerName(),
                v.text(), v.files().stream().map(SubmissionFileDto::of).toList(), v.submittedAt(), v.late(),
                v.resubmissions(), v.teacherScore(), v.teacherComment(), v.finalScore(), v.overridden(),
                v.peerTotals(), v.reviewsDone(), v.reviewsGiven(), v.version(), v.groupName(),
                v.annotated() == null ? null : SubmissionFileDto.of(v.annotated()));
    }
}
