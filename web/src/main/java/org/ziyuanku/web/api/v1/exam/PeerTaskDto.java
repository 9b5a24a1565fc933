package org.ziyuanku.web.api.v1.exam;

import java.math.BigDecimal;
import org.ziyuanku.service.exam.PeerTaskView;

/**
 * A peer-grading task: another learner's answer (no author) with the question's stem, points and reference, the
 * caller's score and comment so far (null: not graded), and whether it can still be revised.
 */
public record PeerTaskDto(long id, long examId, long questionId, String stem, BigDecimal points, String answer,
        String reference, BigDecimal score, String comment, boolean revisable) {

    public static PeerTaskDto of(PeerTaskView v) {
        return new PeerTaskDto(v.id(), v.examId(), v.questionId(), v.stem(), v.points(), v.answer(), v.reference(),
                v.score(), v.comment(), v.revisable());
    }
}
