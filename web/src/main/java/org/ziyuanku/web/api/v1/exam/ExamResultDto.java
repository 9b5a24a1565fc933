package org.ziyuanku.web.api.v1.exam;

import java.math.BigDecimal;
import org.ziyuanku.service.exam.ExamResultView;

/** An attempt of an exam for its teachers; {@code switchAwayCount} is a signal, not a verdict. */
public record ExamResultDto(long attemptId, long learnerId, String learnerName, int attemptNo, String status,
        String startedAt, String submittedAt, String submittedHow, BigDecimal score, BigDecimal maxScore,
        int switchAwayCount) {

    public static ExamResultDto of(ExamResultView v) {
        return new ExamResultDto(v.attemptId(), v.learnerId(), v.learnerName(), v.attemptNo(), v.status().name(),
                v.startedAt() == null ? null : v.startedAt().toString(),
                v.submittedAt() == null ? null : v.submittedAt().toString(), v.submittedHow(), v.score(),
                v.maxScore(), v.switchAwayCount());
    }
}
