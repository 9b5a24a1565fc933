package org.ziyuanku.service.exam.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.ziyuanku.domain.exam.ExamPaper;
import org.ziyuanku.domain.exam.PaperKind;
import org.ziyuanku.domain.exam.PaperQuestion;
import org.ziyuanku.domain.exam.PaperRule;
import org.ziyuanku.domain.exam.Question;
import org.ziyuanku.service.exam.PaperDraft;
import org.ziyuanku.service.exam.PaperDrawer;
import org.ziyuanku.service.exam.PaperRefusedException;
import org.ziyuanku.service.exam.PaperView;

/** The rules a paper draft must keep (keys {@code exam.paper.invalid.*}), and papers as views and drawer rules. */
public final class PaperContents {

    public static final int MAX_QUESTIONS = 200;
    public static final int MAX_RULES = 50;
    private static final BigDecimal MAX_POINTS = BigDecimal.valueOf(100);

    private PaperContents() {
    }

    /** The trimmed title. @throws PaperRefusedException for a missing or too long one, or a missing kind */
    public static String title(PaperDraft draft) {
        if (draft == null || draft.kind() == null) {
            throw PaperRefusedException.invalid("kind");
        }
        String title = draft.title() == null ? "" : draft.title().strip();
        if (title.isEmpty() || title.length() > ExamPaper.MAX_TITLE) {
            throw PaperRefusedException.invalid("title", ExamPaper.MAX_TITLE);
        }
        return title;
    }

    /** The FIXED paper's question ids, distinct, 1–200. */
    public static List<Long> questionIds(PaperDraft draft) {
        List<PaperDraft.Item> items = draft.questions() == null ? List.of() : draft.questions();
        if (items.isEmpty() || items.size() > MAX_QUESTIONS) {
            throw PaperRefusedException.invalid("questionCount", MAX_QUESTIONS);
        }
        Set<Long> seen = new HashSet<>();
        for (PaperDraft.Item item : items) {
            if (item == null || item.questionId() == null) {
                throw PaperRefusedException.invalid("question", "");
            }
            if (!seen.add(item.questionId())) {
                throw PaperRefusedException.invalid("repeated", item.questionId());
            }
            points(item.points());
        }
        return List.copyOf(seen);
    }

    /** The FIXED paper's questions, each a top-level question of the library (its own points when none are given). */
    public static List<PaperQuestion> questions(PaperDraft draft, long libraryId, QuestionRepository bank) {
        List<PaperQuestion> questions = new ArrayList<>();
        for (PaperDraft.Item item : draft.questions()) {
            Question question = bank.find(item.questionId()).filter(q -> q.getParentId() == null)
                    .filter(q -> q.getLibraryId() == libraryId)
                    .orElseThrow(() -> PaperRefusedException.invalid("question", item.questionId()));
            questions.add(new PaperQuestion(question.getId(),
                    item.points() == null ? question.getPoints() : item.points()));
        }
        return questions;
    }

    /** The RANDOM paper's rules, checked. */
    public static List<PaperDrawer.Rule> rules(PaperDraft draft) {
        List<PaperDraft.RuleDraft> asked = draft.rules() == null ? List.of() : draft.rules();
        if (asked.isEmpty() || asked.size() > MAX_RULES) {
            throw PaperRefusedException.invalid("ruleCount", MAX_RULES);
        }
        List<PaperDrawer.Rule> rules = new ArrayList<>();
        int total = 0;
        for (int i = 0; i < asked.size(); i++) {
            PaperDrawer.Rule rule = rule(i + 1, asked.get(i));
            total += rule.count();
            rules.add(rule);
        }
        if (total > MAX_QUESTIONS) {
            throw PaperRefusedException.invalid("questionCount", MAX_QUESTIONS);
        }
        return rules;
    }

    private static PaperDrawer.Rule rule(int number, PaperDraft.RuleDraft rule) {
        if (rule == null || rule.type() == null) {
            throw PaperRefusedException.invalid("ruleType", number);
        }
        if (rule.count() == null || rule.count() < 1 || rule.count() > MAX_QUESTIONS) {
            throw PaperRefusedException.invalid("ruleHowMany", number, MAX_QUESTIONS);
        }
        Integer min = rule.difficultyMin();
        Integer max = rule.difficultyMax();
        if (min != null && (min < 1 || min > 5) || max != null && (max < 1 || max > 5)
                || min != null && max != null && min > max) {
            throw PaperRefusedException.invalid("ruleDifficulty", number);
        }
        String point = rule.knowledgePoint() == null || rule.knowledgePoint().isBlank() ? null
                : rule.knowledgePoint().strip();
        if (point != null && point.length() > Question.MAX_KNOWLEDGE_POINT) {
            throw PaperRefusedException.invalid("ruleKnowledgePoint", number, Question.MAX_KNOWLEDGE_POINT);
        }
        if (rule.points() == null) {
            throw PaperRefusedException.invalid("points", "");
        }
        points(rule.points());
        return new PaperDrawer.Rule(rule.type(), point, min, max, rule.count(), rule.points());
    }

    private static void points(BigDecimal points) {
        if (points != null && (points.signum() <= 0 || points.compareTo(MAX_POINTS) > 0
                || points.stripTrailingZeros().scale() > 1)) {
            throw PaperRefusedException.invalid("points", points.toPlainString());
        }
    }

    /** The paper's rules for the drawer. */
    public static List<PaperDrawer.Rule> rules(ExamPaper paper) {
        return paper.getRules().stream().map(r -> new PaperDrawer.Rule(r.getType(), r.getKnowledgePoint(),
                r.getDifficultyMin(), r.getDifficultyMax(), r.getCount(), r.getPoints())).toList();
    }

    /** The drawer's rules to store. */
    public static List<PaperRule> stored(List<PaperDrawer.Rule> rules) {
        return rules.stream().map(r -> new PaperRule(r.type(), r.knowledgePoint(), r.difficultyMin(),
                r.difficultyMax(), r.count(), r.points())).toList();
    }

    /** The paper as its readers see it. */
    public static PaperView view(ExamPaper paper, boolean mayChange) {
        List<PaperDraft.Item> items = paper.getQuestions().stream()
                .map(q -> new PaperDraft.Item(q.getQuestionId(), q.getPoints())).toList();
        return new PaperView(paper.getId(), paper.getLibraryId(), paper.getTitle(), paper.getKind(),
                paper.getAuthorId(), items, rules(paper), questionCount(paper), totalPoints(paper), mayChange,
                paper.getCreatedAt(), paper.getUpdatedAt());
    }

    /** How many questions a learner's paper has. */
    public static int questionCount(ExamPaper paper) {
        return paper.getKind() == PaperKind.FIXED ? paper.getQuestions().size()
                : paper.getRules().stream().mapToInt(PaperRule::getCount).sum();
    }

    /** The total points of a learner's paper. */
    public static BigDecimal totalPoints(ExamPaper paper) {
        return paper.getKind() == PaperKind.FIXED
                ? paper.getQuestions().stream().map(PaperQuestion::getPoints).reduce(BigDecimal.ZERO, BigDecimal::add)
                : paper.getRules().stream().map(r -> r.getPoints().multiply(BigDecimal.valueOf(r.getCount())))
                        .reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
