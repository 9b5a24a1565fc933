package org.ziyuanku.service.exam;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;

/**
 * The grade {@link QuestionGrader} gives an answer: the score out of {@code points}, whether it is entirely correct,
 * whether a person must grade it (a short answer: score 0 until then), and the grades of its parts — per blank of a
 * fill-in, per pair of a matching question, per sub-question of a compound one (empty for the other types).
 */
public record Grade(BigDecimal score, BigDecimal points, boolean correct, boolean needsManualGrading,
        List<Grade> parts) implements Serializable {

    private static final long serialVersionUID = 1L;

    public Grade {
        parts = parts == null ? List.of() : List.copyOf(parts);
    }

    static Grade of(boolean correct, BigDecimal points) {
        return new Grade(correct ? points : BigDecimal.ZERO.setScale(points.scale()), points, correct, false,
                List.of());
    }
}
