package org.ziyuanku.service.exam.internal.transfer;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.w3c.dom.Element;
import org.ziyuanku.domain.exam.ChoiceScoring;
import org.ziyuanku.domain.exam.QuestionType;
import org.ziyuanku.service.exam.AnswerKey;
import org.ziyuanku.service.exam.QuestionDraft;
import org.ziyuanku.service.exam.internal.transfer.DraftRules.ProblemException;

/**
 * One Moodle {@code <question>} as a draft. questiontext → stem, generalfeedback → analysis, defaultgrade → points,
 * tags → knowledge points; Moodle has no difficulty. Multichoice with single=true is single choice (the answers with
 * fraction 100 are correct); with single=false, multiple choice (the answers with a positive fraction are correct),
 * scored all-or-nothing when every wrong answer costs 100% or every correct one is worth 100%, else partially;
 * multichoiceset (the all-or-nothing plugin) is all-or-nothing. Shortanswer is a one-blank fill-in whose accepted
 * answers are those worth 100%; essay a short answer with graderinfo as reference; matching gives its subquestions as
 * prompts and their answers (and the distractors) as options; ordering gives its answers in the order of their
 * fraction (the plugin's position).
 */
final class MoodleQuestionParser {

    private static final double FULL = 99.99;

    private final Element q;
    private final MoodleTexts texts = new MoodleTexts();
    private final String stem;

    MoodleQuestionParser(Element question) {
        this.q = question;
        this.stem = texts.rich(question, "questiontext");
    }

    String stem() {
        return stem;
    }

    QuestionDraft draft() {
        String type = q.getAttribute("type");
        return switch (type) {
            case "multichoice" -> multichoice();
            case "multichoiceset" -> choices(QuestionType.MULTIPLE_CHOICE, a -> fraction(a) > 0,
                    ChoiceScoring.ALL_OR_NOTHING);
            case "truefalse" -> trueFalse();
            case "shortanswer" -> shortAnswer();
            case "essay" -> make(QuestionType.SHORT_ANSWER, stem, List.of(), List.of(), essayKey());
            case "matching" -> matching();
            case "ordering" -> ordering();
            case "multianswer" -> MoodleCloze.draft(stem, (s, key) -> make(QuestionType.FILL_BLANK, s, List.of(),
                    List.of(), key));
            default -> throw new ProblemException("unsupportedType", type);
        };
    }

    private QuestionDraft multichoice() {
        String single = SafeXml.childText(q, "single");
        if ("true".equalsIgnoreCase(single) || "1".equals(single)) {
            return choices(QuestionType.SINGLE_CHOICE, a -> fraction(a) >= FULL, null);
        }
        List<Element> answers = SafeXml.children(q, "answer");
        List<Element> right = answers.stream().filter(a -> fraction(a) > 0).toList();
        List<Element> wrong = answers.stream().filter(a -> fraction(a) <= 0).toList();
        boolean wrongCostsAll = !wrong.isEmpty() && wrong.stream().allMatch(a -> fraction(a) <= -FULL);
        boolean rightWorthAll = right.size() > 1 && right.stream().allMatch(a -> fraction(a) >= FULL);
        return choices(QuestionType.MULTIPLE_CHOICE, a -> fraction(a) > 0,
                wrongCostsAll || rightWorthAll ? ChoiceScoring.ALL_OR_NOTHING : ChoiceScoring.PARTIAL);
    }

    private QuestionDraft choices(QuestionType type, java.util.function.Predicate<Element> correct,
            ChoiceScoring scoring) {
        List<String> options = new ArrayList<>();
        List<Integer> key = new ArrayList<>();
        for (Element answer : SafeXml.children(q, "answer")) {
            if (correct.test(answer)) {
                key.add(options.size());
            }
            options.add(texts.rich(answer));
        }
        return make(type, stem, List.of(), options, AnswerKey.choices(key, scoring));
    }

    private QuestionDraft trueFalse() {
        for (Element answer : SafeXml.children(q, "answer")) {
            if (fraction(answer) >= FULL) {
                return make(QuestionType.TRUE_FALSE, stem, List.of(), List.of(),
                        AnswerKey.truth(AnswerText.truth(MoodleTexts.plain(answer))));
            }
        }
        throw new ProblemException("noAnswer");
    }

    private QuestionDraft shortAnswer() {
        List<String> accepted = SafeXml.children(q, "answer").stream().filter(a -> fraction(a) >= FULL)
                .map(MoodleTexts::plain).filter(s -> !s.isEmpty()).toList();
        if (accepted.isEmpty()) {
            throw new ProblemException("noAnswer");
        }
        return make(QuestionType.FILL_BLANK, DraftRules.withBlanks(stem, 1), List.of(), List.of(),
                AnswerKey.blanks(List.of(accepted)));
    }

    private AnswerKey essayKey() {
        String reference = texts.rich(q, "graderinfo");
        return AnswerKey.reference(reference.isBlank() ? null : reference);
    }

    private QuestionDraft matching() {
        List<String> prompts = new ArrayList<>();
        List<String> options = new ArrayList<>();
        List<Integer> key = new ArrayList<>();
        for (Element sub : SafeXml.children(q, "subquestion")) {
            String prompt = texts.rich(sub);
            String option = SafeXml.child(sub, "answer").map(MoodleTexts::plain).orElse("");
            if (option.isEmpty()) {
                continue;
            }
            if (!options.contains(option)) {
                options.add(option);
            }
            if (!RichText.isBlank(prompt)) {
                prompts.add(prompt);
                key.add(options.indexOf(option));
            }
        }
        return make(QuestionType.MATCHING, stem, prompts, options, AnswerKey.choices(key, null));
    }

    private QuestionDraft ordering() {
        List<Element> answers = new ArrayList<>(SafeXml.children(q, "answer"));
        answers.sort(Comparator.comparingDouble(MoodleQuestionParser::fraction));
        List<String> options = answers.stream().map(texts::rich).toList();
        return make(QuestionType.ORDERING, stem, List.of(), options, AnswerKey.none());
    }

    private QuestionDraft make(QuestionType type, String s, List<String> prompts, List<String> options,
            AnswerKey key) {
        String analysis = texts.rich(q, "generalfeedback");
        List<String> tags = SafeXml.child(q, "tags").map(t -> SafeXml.children(t, "tag").stream()
                .map(MoodleTexts::plain).filter(x -> !x.isEmpty()).distinct().toList()).orElse(List.of());
        return new QuestionDraft(type, s, options, prompts, key, analysis, null, tags, points(), List.of(),
                texts.images().images());
    }

    private BigDecimal points() {
        String grade = SafeXml.childText(q, "defaultgrade");
        if (grade.isEmpty()) {
            return null;
        }
        try {
            BigDecimal value = new BigDecimal(grade).stripTrailingZeros();
            return value.scale() < 0 ? value.setScale(0) : value;
        } catch (NumberFormatException e) {
            throw new ProblemException("pointsNotNumber", grade);
        }
    }

    static double fraction(Element answer) {
        try {
            return Double.parseDouble(answer.getAttribute("fraction").strip());
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
