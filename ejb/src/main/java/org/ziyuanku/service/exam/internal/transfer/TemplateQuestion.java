package org.ziyuanku.service.exam.internal.transfer;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ziyuanku.domain.exam.ChoiceScoring;
import org.ziyuanku.domain.exam.QuestionType;
import org.ziyuanku.service.exam.AnswerKey;
import org.ziyuanku.service.exam.DraftImage;
import org.ziyuanku.service.exam.QuestionDraft;
import org.ziyuanku.service.exam.internal.transfer.DraftRules.ProblemException;

/**
 * A question of the Excel template or a Word block: its type, texts (already rich text) and the answer written in the
 * template's syntax ({@link AnswerText}). Multiple choice from these formats is scored {@link ChoiceScoring#PARTIAL},
 * the Chinese rule, as they have no column for it.
 */
record TemplateQuestion(QuestionType type, String stem, List<String> prompts, List<String> options, String answer,
        String analysis, Integer difficulty, List<String> knowledgePoints, BigDecimal points,
        List<DraftImage> images) {

    private static final Pattern PROMPT_LINE = Pattern.compile("^\\s*(\\d+)\\s*[.．、)）]\\s*(.+)$");

    /** The draft; a problem with the answer throws {@link ProblemException}. */
    QuestionDraft draft() {
        String a = answer == null ? "" : answer.strip();
        if (a.isEmpty() && type != QuestionType.SHORT_ANSWER) {
            throw new ProblemException("noAnswer");
        }
        List<String> opts = switch (type) {
            case SINGLE_CHOICE, MULTIPLE_CHOICE, MATCHING, ORDERING -> options;
            default -> List.of();
        };
        String s = stem;
        AnswerKey key = switch (type) {
            case SINGLE_CHOICE, MULTIPLE_CHOICE -> choices(a);
            case TRUE_FALSE -> AnswerKey.truth(AnswerText.truth(a));
            case FILL_BLANK -> AnswerKey.blanks(AnswerText.blanks(a));
            case SHORT_ANSWER -> AnswerKey.reference(a.isEmpty() ? null : RichText.fromPlain(a));
            case MATCHING -> matching(a);
            case ORDERING -> AnswerKey.none();
            case COMPOUND -> throw new ProblemException("unsupportedType", type.name());
        };
        if (type == QuestionType.ORDERING) {
            opts = AnswerText.ordering(a, options.size()).stream().map(options::get).toList();
        }
        if (type == QuestionType.FILL_BLANK) {
            s = DraftRules.withBlanks(s, key.blanks().size());
        }
        return new QuestionDraft(type, s, opts, type == QuestionType.MATCHING ? prompts : List.of(), key, analysis,
                difficulty, knowledgePoints, points, List.of(), images);
    }

    private AnswerKey choices(String a) {
        List<Integer> correct = AnswerText.letters(a);
        for (int index : correct) {
            if (index >= options.size()) {
                throw new ProblemException("missingOption", DraftRules.letter(index));
            }
        }
        return AnswerKey.choices(correct, type == QuestionType.MULTIPLE_CHOICE ? ChoiceScoring.PARTIAL : null);
    }

    private AnswerKey matching(String a) {
        if (prompts.isEmpty()) {
            throw new ProblemException("noPrompts");
        }
        List<Integer> key = AnswerText.matching(a, prompts.size());
        for (int index : key) {
            if (index >= options.size()) {
                throw new ProblemException("missingOption", DraftRules.letter(index));
            }
        }
        return AnswerKey.choices(key, null);
    }

    /** A matching stem's text split into the stem and its numbered prompt lines at the end ("1. …", "2. …"). */
    static List<String> splitPrompts(String plain, List<String> prompts) {
        List<String> lines = new ArrayList<>(List.of(plain.replace("\r\n", "\n").split("\n")));
        List<String> found = new ArrayList<>();
        while (lines.size() > 1) {
            Matcher m = PROMPT_LINE.matcher(lines.get(lines.size() - 1));
            if (!m.matches()) {
                break;
            }
            found.add(0, RichText.fromPlain(m.group(2)));
            lines.remove(lines.size() - 1);
        }
        prompts.addAll(found);
        return lines;
    }
}
