package org.ziyuanku.service.exam.internal;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import org.ziyuanku.domain.exam.Question;
import org.ziyuanku.domain.exam.QuestionType;
import org.ziyuanku.service.exam.AnswerKey;
import org.ziyuanku.service.exam.QuestionDraft;
import org.ziyuanku.service.exam.QuestionRefusedException;

/**
 * What a question must be to enter the bank, per type (the rules named by the keys {@code exam.question.invalid.*}):
 * choices have 2–{@value #MAX_OPTIONS} non-empty options, a single choice exactly one correct, a multiple choice at
 * least one; a true/false question says which; a fill-in has as many answer lists as its stem has blanks, each with an
 * answer; a matching question one option index per prompt; an ordering question at least two options; a compound
 * question at least one part and no compound part; difficulty 1–5; points above 0 and at most 100.
 */
public final class QuestionRules {

    public static final int MAX_OPTIONS = 26;
    public static final int MAX_TEXT = 20_000;
    public static final int MAX_KNOWLEDGE_POINTS = 20;
    public static final int MAX_PARTS = 50;
    private static final BigDecimal MAX_POINTS = BigDecimal.valueOf(100);

    private QuestionRules() {
    }

    /** @throws QuestionRefusedException naming the first rule the draft breaks */
    public static void check(QuestionDraft draft, boolean isPart) {
        if (draft == null || draft.type() == null) {
            throw QuestionRefusedException.invalid("type");
        }
        if (QuestionText.isEmpty(draft.stem())) {
            throw QuestionRefusedException.invalid("stem");
        }
        checkSizes(draft);
        if (draft.difficulty() != null && (draft.difficulty() < 1 || draft.difficulty() > 5)) {
            throw QuestionRefusedException.invalid("difficulty", draft.difficulty().toString());
        }
        if (draft.points() != null && (draft.points().signum() <= 0 || draft.points().compareTo(MAX_POINTS) > 0)) {
            throw QuestionRefusedException.invalid("points", draft.points().toPlainString());
        }
        switch (draft.type()) {
            case SINGLE_CHOICE, MULTIPLE_CHOICE -> checkChoice(draft);
            case TRUE_FALSE -> require(draft.key().truth() != null, "truth");
            case FILL_BLANK -> checkBlanks(draft);
            case MATCHING -> checkMatching(draft);
            case ORDERING -> checkOptions(draft.options());
            case COMPOUND -> checkCompound(draft, isPart);
            case SHORT_ANSWER -> { }
        }
    }

    private static void checkSizes(QuestionDraft draft) {
        boolean tooLong = draft.stem().length() > MAX_TEXT || draft.analysis().length() > MAX_TEXT
                || draft.options().stream().anyMatch(o -> o != null && o.length() > MAX_TEXT)
                || draft.prompts().stream().anyMatch(p -> p != null && p.length() > MAX_TEXT)
                || draft.key().reference() != null && draft.key().reference().length() > MAX_TEXT;
        require(!tooLong, "tooLong");
        require(draft.knowledgePoints().size() <= MAX_KNOWLEDGE_POINTS && draft.knowledgePoints().stream()
                .allMatch(k -> k != null && !k.isBlank() && k.strip().length() <= Question.MAX_KNOWLEDGE_POINT),
                "knowledgePoint");
    }

    private static void checkChoice(QuestionDraft draft) {
        checkOptions(draft.options());
        List<Integer> correct = draft.key().correct();
        checkIndexes(correct, draft.options().size());
        if (draft.type() == QuestionType.SINGLE_CHOICE) {
            require(correct.size() == 1, "singleCorrect");
        } else {
            require(!correct.isEmpty() && new HashSet<>(correct).size() == correct.size(), "multipleCorrect");
        }
    }

    private static void checkOptions(List<String> options) {
        require(options.size() >= 2 && options.size() <= MAX_OPTIONS, "options");
        require(options.stream().noneMatch(QuestionText::isEmpty), "optionEmpty");
    }

    private static void checkIndexes(List<Integer> indexes, int options) {
        require(indexes.stream().allMatch(i -> i != null && i >= 0 && i < options), "correctIndex");
    }

    private static void checkBlanks(QuestionDraft draft) {
        int inStem = QuestionText.blanks(draft.stem());
        List<List<String>> blanks = draft.key().blanks();
        if (inStem == 0 || inStem != blanks.size()) {
            throw QuestionRefusedException.invalid("blanks", Integer.toString(inStem),
                    Integer.toString(blanks.size()));
        }
        require(blanks.stream().allMatch(b -> b.stream().anyMatch(a -> a != null && !a.isBlank())), "blankAnswer");
    }

    private static void checkMatching(QuestionDraft draft) {
        require(!draft.prompts().isEmpty() && draft.prompts().size() <= MAX_OPTIONS
                && draft.prompts().stream().noneMatch(QuestionText::isEmpty), "prompts");
        require(!draft.options().isEmpty() && draft.options().size() <= MAX_OPTIONS
                && draft.options().stream().noneMatch(QuestionText::isEmpty), "options");
        AnswerKey key = draft.key();
        require(key.correct().size() == draft.prompts().size(), "matching");
        checkIndexes(key.correct(), draft.options().size());
    }

    private static void checkCompound(QuestionDraft draft, boolean isPart) {
        require(!isPart, "nested");
        require(!draft.parts().isEmpty() && draft.parts().size() <= MAX_PARTS, "parts");
        for (QuestionDraft part : draft.parts()) {
            require(part != null && part.type() != QuestionType.COMPOUND, "nested");
            check(part, true);
        }
    }

    private static void require(boolean ok, String rule) {
        if (!ok) {
            throw QuestionRefusedException.invalid(rule);
        }
    }

    /** The points of a question whose draft does not say: by type (a compound question: the sum of its parts). */
    public static BigDecimal defaultPoints(QuestionType type) {
        return BigDecimal.valueOf(switch (type) {
            case TRUE_FALSE -> 1;
            case SINGLE_CHOICE, FILL_BLANK -> 2;
            case MULTIPLE_CHOICE -> 3;
            case MATCHING, ORDERING -> 4;
            case SHORT_ANSWER, COMPOUND -> 10;
        });
    }
}
