package org.ziyuanku.service.teaching;

import java.math.BigDecimal;

/** A teacher's adjustment of one member's score: ± points (at most the homework's max points) and the reason. */
public record AdjustmentCommand(Long learnerId, BigDecimal points, String reason) {
}
