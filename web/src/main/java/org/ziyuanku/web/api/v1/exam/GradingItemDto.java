package org.ziyuanku.web.api.v1.exam;

import java.math.BigDecimal;
import org.ziyuanku.service.exam.GradingItemView;

/** An answer waiting for a teacher's grade, with the question's stem, points and reference answer. */
public record GradingItemDto(long attemptId, long learnerId, long questionId, String stem, BigDecimal points,
        String answer, String reference) {

    public static GradingItemDto of(GradingItemView v) {
        return new GradingItemDto(v.attemptId(), v.learnerId(), v.questionId(), v.stem(), v.points(), v.answer(),
                v.reference());
    }
}
