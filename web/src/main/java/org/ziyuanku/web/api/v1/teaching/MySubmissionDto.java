package org.ziyuanku.web.api.v1.teaching;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import org.ziyuanku.service.teaching.SubmissionView;

/**
 * The caller's own submission: text, files, grade and final score, how many of the peer reviews they were given are
 * done, and {@code received}, the reviews of their work, anonymous (nothing names a reviewer or a learner). For
 * group work {@code finalScore} is the caller's own (the group's {@code groupScore} + their adjustment);
 * {@code annotated} is the teacher's annotated file, downloaded from {@code /api/v1/submissions/{id}/annotated}.
 */
public record MySubmissionDto(long id, long assignmentId, String text, List<SubmissionFileDto> files,
        LocalDateTime submittedAt, boolean late, int resubmissions, BigDecimal teacherScore, String teacherComment,
        BigDecimal finalScore, boolean overridden, int reviewsDone, int reviewsGiven,
        List<SubmissionDto.ReceivedReviewDto> received, int version, String groupName, BigDecimal groupScore,
        SubmissionFileDto annotated) {

    static MySubmissionDto of(SubmissionView v) {
        return new MySubmissionDto(v.id(), v.assignmentId(), v.text(), v.files().stream().map(SubmissionFileDto::of)
                .toList(), v.submittedAt(), v.late(), v.resubmissions(), v.teacherScore(), v.teacherComment(),
                v.finalScore(), v.overridden(), v.reviewsDone(), v.reviewsGiven(), v.received().stream().map(r ->
                        new SubmissionDto.ReceivedReviewDto(r.scores(), r.total(), r.comment(), r.done())).toList(),
                v.version(), v.groupName(), v.groupScore(),
                v.annotated() == null ? null : SubmissionFileDto.of(v.annotated()));
    }
}
