package org.ziyuanku.web.api.v1.teaching;

import java.math.BigDecimal;

/** A member's adjustment: {@code {learnerId, points, reason}}. */
public record AdjustmentBodyDto(Long learnerId, BigDecimal points, String reason) {
}
