package org.ziyuanku.web.api.v1.teaching;

import java.math.BigDecimal;

/** A grade or override: the score, a comment and the submission's version the teacher saw. */
public record GradeBodyDto(BigDecimal score, String comment, Integer version) {
}
