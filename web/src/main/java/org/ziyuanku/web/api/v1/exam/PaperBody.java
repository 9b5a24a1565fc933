package org.ziyuanku.web.api.v1.exam;

import java.math.BigDecimal;
import java.util.List;
import org.ziyuanku.domain.exam.PaperKind;
import org.ziyuanku.domain.exam.QuestionType;
import org.ziyuanku.service.exam.PaperDraft;
import org.ziyuanku.web.api.BadParameterException;
import org.ziyuanku.web.api.QueryParameters;

/**
 * A paper as the API takes it: {@code libraryId}, {@code title}, {@code kind} FIXED or RANDOM; a FIXED paper's
 * {@code questions} ({@code questionId}, optional {@code points}: the question's own when left out), a RANDOM paper's
 * {@code rules} ({@code type}, optional {@code knowledgePoint}, {@code difficultyMin}, {@code difficultyMax}, then
 * {@code count} and {@code points} for each question).
 */
public record PaperBody(Long libraryId, String title, String kind, List<QuestionBody> questions,
        List<RuleBody> rules) {

    /** A question of a FIXED paper. */
    public record QuestionBody(Long questionId, BigDecimal points) {
    }

    /** A rule of a RANDOM paper. */
    public record RuleBody(String type, String knowledgePoint, Integer difficultyMin, Integer difficultyMax,
            Integer count, BigDecimal points) {
    }

    /** The body as a draft. @throws BadParameterException for a missing or unknown kind or an unknown type */
    public PaperDraft draft() {
        PaperKind paperKind = QueryParameters.enumValue("kind", kind, PaperKind.class, "api.error.unknownPaperKind");
        if (paperKind == null) {
            throw new BadParameterException("kind", "", "api.error.required");
        }
        List<PaperDraft.Item> items = questions == null ? null : questions.stream()
                .map(q -> q == null ? null : new PaperDraft.Item(q.questionId(), q.points())).toList();
        List<PaperDraft.RuleDraft> drafts = rules == null ? null : rules.stream().map(PaperBody::rule).toList();
        return new PaperDraft(title, paperKind, items, drafts);
    }

    private static PaperDraft.RuleDraft rule(RuleBody rule) {
        if (rule == null) {
            throw new BadParameterException("rules", "", "api.error.required");
        }
        QuestionType type = QueryParameters.enumValue("type", rule.type(), QuestionType.class,
                "api.error.unknownQuestionType");
        return new PaperDraft.RuleDraft(type, rule.knowledgePoint(), rule.difficultyMin(), rule.difficultyMax(),
                rule.count(), rule.points());
    }
}
