package org.ziyuanku.service.exam;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import org.ziyuanku.domain.exam.PaperKind;
import org.ziyuanku.domain.exam.QuestionType;

/**
 * A paper as asked for: a title (1–200 characters, screened for sensitive words), its kind, and for a FIXED paper its
 * questions (1–200 distinct top-level questions of the library, points 0–100 each, the question's own points when
 * null), for a RANDOM paper its rules (1–50; a type, optionally a knowledge point and a difficulty range within 1–5,
 * a count 1–200, points 0–100 each). The other list is ignored.
 */
public record PaperDraft(String title, PaperKind kind, List<Item> questions, List<RuleDraft> rules)
        implements Serializable {

    private static final long serialVersionUID = 1L;

    /** A question of a FIXED paper. */
    public record Item(Long questionId, BigDecimal points) implements Serializable {

        private static final long serialVersionUID = 1L;
    }

    /** A rule of a RANDOM paper, as asked for (checked by the service). */
    public record RuleDraft(QuestionType type, String knowledgePoint, Integer difficultyMin, Integer difficultyMax,
            Integer count, BigDecimal points) implements Serializable {

        private static final long serialVersionUID = 1L;
    }
}
