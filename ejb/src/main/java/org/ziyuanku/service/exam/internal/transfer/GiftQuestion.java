package org.ziyuanku.service.exam.internal.transfer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ziyuanku.domain.exam.ChoiceScoring;
import org.ziyuanku.domain.exam.QuestionType;
import org.ziyuanku.service.exam.AnswerKey;
import org.ziyuanku.service.exam.QuestionDraft;
import org.ziyuanku.service.exam.internal.transfer.DraftRules.ProblemException;

/**
 * One GIFT question: {@code ::title::}, an optional {@code [html]}/{@code [markdown]}/{@code [plain]}/{@code [moodle]}
 * format, the text and one answer block. {@code {}} is an essay (short answer); {@code {T}}/{@code {F}} true/false;
 * {@code {=a ~b}} single choice; {@code {~%50%a ~%50%b ~%-100%c}} (or several {@code =}) multiple choice, scored
 * partially with weights and all-or-nothing with several {@code =}; {@code {=a =b}} a short answer read as a one-blank
 * fill-in; {@code {=x -> y}} matching. An answer block in the middle of the text is a blank ({@code ____}). Per-answer
 * feedback ({@code #…}) is dropped, the general feedback ({@code ####…}) becomes the analysis. GIFT carries no
 * difficulty, knowledge points, points or images; numerical questions ({@code {#…}}) are rejected as unsupported.
 */
final class GiftQuestion {

    private static final Pattern TITLE = Pattern.compile("^::((?:\\\\.|[^\\\\])*?)::", Pattern.DOTALL);
    private static final Pattern FORMAT = Pattern.compile("^\\s*\\[(html|markdown|plain|moodle)]",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern WEIGHT = Pattern.compile("^%(-?[0-9.]+)%");

    private final String title;
    private final String body;
    private boolean html;

    GiftQuestion(String block) {
        Matcher t = TITLE.matcher(block);
        title = t.find() ? unescape(t.group(1)).strip() : "";
        String rest = t.find(0) ? block.substring(t.end()) : block;
        Matcher f = FORMAT.matcher(rest);
        if (f.find()) {
            html = "html".equalsIgnoreCase(f.group(1));
            rest = rest.substring(f.end());
        }
        body = rest;
    }

    String title() {
        return title;
    }

    QuestionDraft draft() {
        int open = unescaped(body, '{', 0);
        if (open < 0) {
            throw new ProblemException("unsupportedType", "description");
        }
        int close = unescaped(body, '}', open);
        if (close < 0) {
            throw new ProblemException("syntax", "{ … }");
        }
        String after = body.substring(close + 1).strip();
        String stemText = body.substring(0, open).strip() + (after.isEmpty() ? "" : " " + RichText.BLANK_MARK + " "
                + after);
        String answers = body.substring(open + 1, close).strip();
        String analysis = "";
        int general = answers.indexOf("####");
        if (general >= 0) {
            analysis = text(answers.substring(general + 4));
            answers = answers.substring(0, general).strip();
        }
        return answer(text(stemText), answers, analysis, !after.isEmpty());
    }

    private QuestionDraft answer(String stem, String answers, String analysis, boolean blankInText) {
        String upper = answers.toUpperCase(Locale.ROOT);
        String head = beforeFeedback(upper).strip();
        if (answers.isEmpty()) {
            return make(QuestionType.SHORT_ANSWER, stem, List.of(), List.of(), AnswerKey.reference(null), analysis);
        }
        if (answers.startsWith("#")) {
            throw new ProblemException("unsupportedType", "numerical");
        }
        if (List.of("T", "TRUE", "F", "FALSE").contains(head)) {
            return make(QuestionType.TRUE_FALSE, stem, List.of(), List.of(), AnswerKey.truth(head.startsWith("T")),
                    analysis);
        }
        List<String> items = items(answers);
        if (items.isEmpty()) {
            throw new ProblemException("syntax", answers);
        }
        boolean allRight = items.stream().allMatch(i -> i.startsWith("="));
        if (allRight && items.stream().allMatch(i -> i.contains("->"))) {
            return matching(stem, items, analysis);
        }
        if (allRight) {
            List<String> accepted = items.stream().map(i -> unescape(beforeFeedback(i.substring(1))
                    .replaceFirst("^%100%", "")).strip()).filter(s -> !s.isEmpty()).toList();
            String s = blankInText ? stem : DraftRules.withBlanks(stem, 1);
            return make(QuestionType.FILL_BLANK, s, List.of(), List.of(), AnswerKey.blanks(List.of(accepted)),
                    analysis);
        }
        return choice(stem, items, analysis);
    }

    private QuestionDraft choice(String stem, List<String> items, String analysis) {
        List<String> options = new ArrayList<>();
        List<Integer> correct = new ArrayList<>();
        boolean weighted = false;
        for (String item : items) {
            String value = beforeFeedback(item.substring(1)).strip();
            Matcher w = WEIGHT.matcher(value);
            boolean right = item.startsWith("=");
            if (w.find()) {
                double weight = Double.parseDouble(w.group(1));
                weighted |= weight > 0 && weight < 100;
                right = weight > 0;
                value = value.substring(w.end());
            }
            if (right) {
                correct.add(options.size());
            }
            options.add(text(value));
        }
        boolean multiple = weighted || correct.size() > 1;
        return make(multiple ? QuestionType.MULTIPLE_CHOICE : QuestionType.SINGLE_CHOICE, stem, List.of(), options,
                AnswerKey.choices(correct, multiple ? weighted ? ChoiceScoring.PARTIAL : ChoiceScoring.ALL_OR_NOTHING
                        : null), analysis);
    }

    private QuestionDraft matching(String stem, List<String> items, String analysis) {
        List<String> prompts = new ArrayList<>();
        List<String> options = new ArrayList<>();
        List<Integer> key = new ArrayList<>();
        for (String item : items) {
            int arrow = item.indexOf("->");
            String prompt = text(item.substring(1, arrow));
            String option = text(beforeFeedback(item.substring(arrow + 2)));
            if (!options.contains(option)) {
                options.add(option);
            }
            if (!RichText.isBlank(prompt)) {
                prompts.add(prompt);
                key.add(options.indexOf(option));
            }
        }
        return make(QuestionType.MATCHING, stem, prompts, options, AnswerKey.choices(key, null), analysis);
    }

    private static QuestionDraft make(QuestionType type, String stem, List<String> prompts, List<String> options,
            AnswerKey key, String analysis) {
        return new QuestionDraft(type, stem, options, prompts, key, analysis, null, List.of(), null, List.of(),
                List.of());
    }

    /** The answers, each starting with its unescaped "=" or "~". */
    private static List<String> items(String answers) {
        List<String> items = new ArrayList<>();
        int start = -1;
        for (int i = 0; i < answers.length(); i++) {
            char c = answers.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '=' || c == '~') {
                if (start >= 0) {
                    items.add(answers.substring(start, i).strip());
                }
                start = i;
            } else if (start < 0 && !Character.isWhitespace(c)) {
                throw new ProblemException("syntax", answers);
            }
        }
        if (start >= 0) {
            items.add(answers.substring(start).strip());
        }
        return items;
    }

    private static String beforeFeedback(String item) {
        int hash = unescaped(item, '#', 0);
        return hash < 0 ? item : item.substring(0, hash);
    }

    private static int unescaped(String s, char wanted, int from) {
        for (int i = from; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == wanted) {
                return i;
            }
        }
        return -1;
    }

    private String text(String gift) {
        String plain = unescape(gift.strip());
        return html ? plain : RichText.fromPlain(plain);
    }

    static String unescape(String s) {
        return s.replaceAll("\\\\([~=#{}:])", "$1").replace("\\n", "\n");
    }
}
