package org.ziyuanku.service.exam;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import org.ziyuanku.domain.exam.QuestionType;

/**
 * A question of a learner's paper as stored in the attempt's snapshot and shown to the learner: no answer key.
 * Options are in the learner's order; {@code blanks} is the number of blanks of a fill-in question.
 */
public record SnapshotQuestion(long questionId, QuestionType type, String stem, List<String> options,
        List<String> prompts, BigDecimal points, int blanks, List<SnapshotQuestion> parts) implements Serializable {

    private static final long serialVersionUID = 1L;

    public SnapshotQuestion {
        options = List.copyOf(options);
        prompts = List.copyOf(prompts);
        parts = List.copyOf(parts);
    }
}
