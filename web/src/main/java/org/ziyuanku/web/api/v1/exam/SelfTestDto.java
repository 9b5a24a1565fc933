package org.ziyuanku.web.api.v1.exam;

import java.math.BigDecimal;
import org.ziyuanku.service.exam.SelfTestScores;

/**
 * A learner's record at a self-test item: submitted attempts, best and last score (null before the first), the
 * paper's maximum and the attempt in progress (null: none).
 */
public record SelfTestDto(long itemId, String title, long learnerId, String learnerName, int attempts,
        BigDecimal bestScore, BigDecimal lastScore, BigDecimal maxScore, Long openAttemptId) {

    static SelfTestDto of(SelfTestScores s) {
        return new SelfTestDto(s.itemId(), s.title(), s.learnerId(), s.learnerName(), s.attempts(), s.bestScore(),
                s.lastScore(), s.maxScore(), s.openAttemptId());
    }
}
