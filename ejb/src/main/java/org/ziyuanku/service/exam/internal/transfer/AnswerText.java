package org.ziyuanku.service.exam.internal.transfer;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ziyuanku.domain.exam.QuestionType;
import org.ziyuanku.service.exam.internal.transfer.DraftRules.ProblemException;

/**
 * The answer syntax of the Excel template and the Word blocks, and their other cells: types, difficulty, knowledge
 * points and points. Every method throws {@link ProblemException} for text it cannot read.
 */
final class AnswerText {

    private static final Map<String, QuestionType> TYPES = Map.ofEntries(
            Map.entry("单选题", QuestionType.SINGLE_CHOICE), Map.entry("单选", QuestionType.SINGLE_CHOICE),
            Map.entry("单项选择题", QuestionType.SINGLE_CHOICE), Map.entry("多选题", QuestionType.MULTIPLE_CHOICE),
            Map.entry("多选", QuestionType.MULTIPLE_CHOICE), Map.entry("多项选择题", QuestionType.MULTIPLE_CHOICE),
            Map.entry("不定项选择题", QuestionType.MULTIPLE_CHOICE), Map.entry("判断题", QuestionType.TRUE_FALSE),
            Map.entry("判断", QuestionType.TRUE_FALSE), Map.entry("填空题", QuestionType.FILL_BLANK),
            Map.entry("填空", QuestionType.FILL_BLANK), Map.entry("简答题", QuestionType.SHORT_ANSWER),
            Map.entry("简答", QuestionType.SHORT_ANSWER), Map.entry("问答题", QuestionType.SHORT_ANSWER),
            Map.entry("论述题", QuestionType.SHORT_ANSWER), Map.entry("匹配题", QuestionType.MATCHING),
            Map.entry("匹配", QuestionType.MATCHING), Map.entry("连线题", QuestionType.MATCHING),
            Map.entry("排序题", QuestionType.ORDERING), Map.entry("排序", QuestionType.ORDERING));
    private static final Set<String> TRUE = Set.of("对", "正确", "T", "TRUE", "√", "✓", "✔", "是", "Y", "YES");
    private static final Set<String> FALSE = Set.of("错", "错误", "F", "FALSE", "×", "✗", "✘", "X", "否", "N", "NO");
    private static final Map<String, Integer> DIFFICULTY = Map.of("易", 1, "容易", 1, "较易", 2, "中", 3, "中等", 3,
            "适中", 3, "较难", 4, "难", 5, "困难", 5);
    private static final Pattern LETTER_SEPARATORS = Pattern.compile("[\\s,，、;；|]+");
    private static final Pattern BLANK_SEPARATORS = Pattern.compile("[；;|]");
    private static final Pattern ALTERNATIVES = Pattern.compile("[/／]");
    private static final Pattern PAIR = Pattern.compile("(\\d+)\\s*[-—–:：=>→]+\\s*([A-Za-z])");
    private static final Pattern KNOWLEDGE_SEPARATORS = Pattern.compile("[，,、;；]");

    private AnswerText() {
    }

    /** Full-width letters, digits and signs as their ASCII forms, trimmed. */
    static String normal(String text) {
        return Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFKC).strip();
    }

    static Optional<QuestionType> type(String text) {
        String t = normal(text).replace("【", "").replace("】", "").replace("[", "").replace("]", "");
        if (TYPES.containsKey(t)) {
            return Optional.of(TYPES.get(t));
        }
        try {
            QuestionType type = QuestionType.valueOf(t.toUpperCase(Locale.ROOT));
            return type == QuestionType.COMPOUND ? Optional.empty() : Optional.of(type);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** "A", "ACD", "A,C,D" as option indexes, each once, in order. */
    static List<Integer> letters(String text) {
        String t = LETTER_SEPARATORS.matcher(normal(text).toUpperCase(Locale.ROOT)).replaceAll("");
        List<Integer> indexes = new ArrayList<>();
        for (char c : t.toCharArray()) {
            if (c < 'A' || c > 'Z') {
                throw new ProblemException("badAnswer", text.strip());
            }
            if (indexes.contains(c - 'A')) {
                throw new ProblemException("badAnswer", text.strip());
            }
            indexes.add(c - 'A');
        }
        return indexes;
    }

    static boolean truth(String text) {
        String t = normal(text).toUpperCase(Locale.ROOT);
        if (TRUE.contains(t)) {
            return true;
        }
        if (FALSE.contains(t)) {
            return false;
        }
        throw new ProblemException("badAnswer", text.strip());
    }

    /** Per blank ("；", ";" or "|" between blanks) its accepted answers ("/" between them). */
    static List<List<String>> blanks(String text) {
        List<List<String>> blanks = new ArrayList<>();
        for (String blank : BLANK_SEPARATORS.split(text.strip(), -1)) {
            List<String> accepted = Arrays.stream(ALTERNATIVES.split(blank)).map(String::strip)
                    .filter(s -> !s.isEmpty()).toList();
            if (accepted.isEmpty()) {
                throw new ProblemException("badAnswer", text.strip());
            }
            blanks.add(accepted);
        }
        return blanks;
    }

    /** "1-B;2-A": for prompt i (1-based in the text) the index of its option. */
    static List<Integer> matching(String text, int prompts) {
        Integer[] key = new Integer[prompts];
        Matcher m = PAIR.matcher(normal(text));
        while (m.find()) {
            int prompt = Integer.parseInt(m.group(1)) - 1;
            if (prompt < 0 || prompt >= prompts || key[prompt] != null) {
                throw new ProblemException("badAnswer", text.strip());
            }
            key[prompt] = Character.toUpperCase(m.group(2).charAt(0)) - 'A';
        }
        if (Arrays.asList(key).contains(null)) {
            throw new ProblemException("matchingIncomplete");
        }
        return Arrays.asList(key);
    }

    /** "CABD": the options in their correct order; every option exactly once. */
    static List<Integer> ordering(String text, int options) {
        List<Integer> order = letters(text);
        if (order.size() != options || new HashSet<>(order).size() != options
                || order.stream().anyMatch(i -> i >= options)) {
            throw new ProblemException("orderIncomplete", text.strip());
        }
        return order;
    }

    /** 1–5 or 易/较易/中等/较难/难; null when blank. */
    static Integer difficulty(String text) {
        String t = normal(text);
        if (t.isEmpty()) {
            return null;
        }
        if (DIFFICULTY.containsKey(t)) {
            return DIFFICULTY.get(t);
        }
        try {
            BigDecimal value = new BigDecimal(t);
            if (value.stripTrailingZeros().scale() <= 0 && value.intValue() >= 1 && value.intValue() <= 5) {
                return value.intValue();
            }
        } catch (NumberFormatException e) {
            throw new ProblemException("difficultyRange", t);
        }
        throw new ProblemException("difficultyRange", t);
    }

    /** A positive number of points; null when blank. */
    static BigDecimal points(String text) {
        String t = normal(text).replace("分", "");
        if (t.isEmpty()) {
            return null;
        }
        try {
            BigDecimal value = new BigDecimal(t).stripTrailingZeros();
            if (value.signum() <= 0 || value.compareTo(DraftRules.MAX_POINTS) > 0) {
                throw new ProblemException("pointsRange", t);
            }
            return value.scale() < 0 ? value.setScale(0) : value;
        } catch (NumberFormatException e) {
            throw new ProblemException("pointsNotNumber", t);
        }
    }

    static List<String> knowledgePoints(String text) {
        return Arrays.stream(KNOWLEDGE_SEPARATORS.split(text == null ? "" : text)).map(String::strip)
                .filter(s -> !s.isEmpty()).distinct().toList();
    }
}
