package org.ziyuanku.web.api.v1.exam;

import java.math.BigDecimal;
import java.util.List;
import org.ziyuanku.service.exam.GradingItemView;

/**
 * An answer waiting for a teacher's grade (or graded by peers: {@code grader} PEER), with the question's stem, points
 * and reference answer, and the peers' scores so far out of {@code peerTasks}; {@code peerMean}: the peers' mean once
 * all are in (PEER).
 */
public record GradingItemDto(long attemptId, long learnerId, long questionId, String stem, BigDecimal points,
        String answer, String reference, String grader, int peerTasks, List<BigDecimal> peerScores,
        BigDecimal peerMean) {

    public static GradingItemDto of(GradingItemView v) {
        return new GradingItemDto(v.attemptId(), v.learnerId(), v.questionId(), v.stem(), v.points(), v.answer(),
                v.reference(), v.grader(), v.peerTasks(), v.peerScores(),
                v.peerMean());
    }
}
