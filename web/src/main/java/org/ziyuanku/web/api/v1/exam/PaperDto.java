package org.ziyuanku.web.api.v1.exam;

import java.math.BigDecimal;
import java.util.List;
import org.ziyuanku.service.exam.PaperView;

/**
 * A paper: a FIXED paper's {@code questions} with their points, a RANDOM paper's {@code rules}; {@code questionCount}
 * and {@code totalPoints} of a learner's paper; {@code mayChange}: whether the caller may delete it.
 */
public record PaperDto(long id, long libraryId, String title, String kind, long authorId,
        List<QuestionItem> questions, List<Rule> rules, int questionCount, BigDecimal totalPoints, boolean mayChange,
        String createdAt, String updatedAt) {

    /** A question of a FIXED paper. */
    public record QuestionItem(long questionId, BigDecimal points) {
    }

    /** A rule of a RANDOM paper. */
    public record Rule(String type, String knowledgePoint, Integer difficultyMin, Integer difficultyMax, int count,
            BigDecimal points) {
    }

    public static PaperDto of(PaperView v) {
        return new PaperDto(v.id(), v.libraryId(), v.title(), v.kind().name(), v.authorId(),
                v.questions().stream().map(q -> new QuestionItem(q.questionId(), q.points())).toList(),
                v.rules().stream().map(r -> new Rule(r.type().name(), r.knowledgePoint(), r.difficultyMin(),
                        r.difficultyMax(), r.count(), r.points())).toList(),
                v.questionCount(), v.totalPoints(), v.mayChange(), String.valueOf(v.createdAt()),
                String.valueOf(v.updatedAt()));
    }
}
