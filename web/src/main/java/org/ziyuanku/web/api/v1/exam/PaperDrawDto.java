package org.ziyuanku.web.api.v1.exam;

import java.math.BigDecimal;
import java.util.List;
import org.ziyuanku.service.exam.PaperDraw;

/**
 * One learner's paper as drawn with {@code seed}: the questions in the order shown, each with its points and, for a
 * choice, matching or ordering question, {@code optionOrder} (the index of the stored option shown first, second…).
 */
public record PaperDrawDto(long paperId, String seed, List<Drawn> questions, BigDecimal totalPoints) {

    /** A drawn question. */
    public record Drawn(long questionId, BigDecimal points, List<Integer> optionOrder) {
    }

    public static PaperDrawDto of(long paperId, PaperDraw draw) {
        return new PaperDrawDto(paperId, Long.toString(draw.seed()), draw.questions().stream()
                .map(d -> new Drawn(d.questionId(), d.points(), d.optionOrder())).toList(), draw.totalPoints());
    }
}
