package org.ziyuanku.service.teaching;

import java.math.BigDecimal;

/** A teacher's score (0 .. max points) and comment, on the submission's {@code version} the teacher saw. */
public record GradeCommand(BigDecimal score, String comment, Integer version) {
}
