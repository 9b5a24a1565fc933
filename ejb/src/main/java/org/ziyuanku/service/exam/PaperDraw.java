package org.ziyuanku.service.exam;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;

/**
 * One learner's paper as drawn from a paper ({@link PaperDrawer}) with a seed: its questions in the order the learner
 * sees them, and the total of their points.
 */
public record PaperDraw(long seed, List<Drawn> questions, BigDecimal totalPoints) implements Serializable {

    private static final long serialVersionUID = 1L;

    public PaperDraw {
        questions = List.copyOf(questions);
    }

    /**
     * A drawn question: its points in this paper and, for a choice, matching or ordering question, the order its
     * options are shown in ({@code optionOrder.get(i)} is the index of the stored option shown i-th; empty for the
     * other types).
     */
    public record Drawn(long questionId, BigDecimal points, List<Integer> optionOrder) implements Serializable {

        private static final long serialVersionUID = 1L;

        public Drawn {
            optionOrder = List.copyOf(optionOrder);
        }
    }
}
