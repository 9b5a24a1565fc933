package org.ziyuanku.web.api.v1.teaching;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import org.ziyuanku.service.teaching.SubmissionView;

/**
 * The caller's own submission: text, files, grade and final score, how many of the peer reviews they were given are
 * done, and {@code received}, the reviews of their work, anonymous (nothing names a reviewer or a learner).
 */
public record MySubmissionDto(long id, long assignmentId, String text, List<SubmissionFileDto> files,
        LocalDateTime submittedAt, boolean late, int resubmissions, BigDecimal teacherScore, String teacherComment,
        BigDecimal finalScore, boolean overridden, int reviewsDone, int reviewsGiven,
        List<SubmissionDto.ReceivedReviewDto> received, int version) {

    static MySubmissionDto of(SubmissionView v) {
        return new MySubmissionDto(v.id(), v.assignmentId(), v.text(), v.files().stream().map(SubmissionFileDto::of)
                .toList(), v.submittedAt(), v.late(), v.resubmissions(), v.teacherScore(), v.teacherComment(),
                v.finalScore(), v.overridden(), v.reviewsDone(), v.reviewsGiven(), v.received().stream().map(r ->
                        new SubmissionDto.ReceivedReviewDto(r.scores(), r.total(), r.comment(), r.done())).toList(),
                v.version());
    }
}
