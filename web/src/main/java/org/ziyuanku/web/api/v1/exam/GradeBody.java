package org.ziyuanku.web.api.v1.exam;

import java.math.BigDecimal;

/** A teacher's grade of one answer: the score (0 to the question's points) and an optional comment. */
public record GradeBody(BigDecimal score, String comment) {
}
