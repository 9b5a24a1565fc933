package org.ziyuanku.service.exam;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import org.ziyuanku.domain.exam.QuestionStatus;
import org.ziyuanku.domain.exam.QuestionType;

/**
 * A stored question as its library's teachers see it, key included (never shown to learners). Texts are sanitised
 * rich text whose images are addressed {@code /api/v1/questions/images/{sha256}}. {@code mayChange}: the caller may
 * update or delete it (its author or the library's administrators). {@code status} is its review state;
 * {@code revisionOf}: the approved question this row is a new version of (null for a first version).
 */
public record QuestionView(long id, long libraryId, QuestionType type, String stem, List<String> options,
        List<String> prompts, AnswerKey key, String analysis, int difficulty, BigDecimal points,
        List<String> knowledgePoints, List<QuestionView> parts, QuestionStatus status, long authorId,
        String fingerprint, LocalDateTime createdAt, LocalDateTime updatedAt, int version, boolean mayChange,
        Long revisionOf, int revision)
        implements Serializable {

    private static final long serialVersionUID = 1L;

    public QuestionView {
        options = List.copyOf(options);
        prompts = List.copyOf(prompts);
        knowledgePoints = List.copyOf(knowledgePoints);
        parts = List.copyOf(parts);
    }
}
