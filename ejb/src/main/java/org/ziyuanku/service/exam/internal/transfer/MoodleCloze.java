package org.ziyuanku.service.exam.internal.transfer;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ziyuanku.service.exam.AnswerKey;
import org.ziyuanku.service.exam.QuestionDraft;
import org.ziyuanku.service.exam.internal.transfer.DraftRules.ProblemException;

/**
 * Moodle's cloze (multianswer) text when every embedded answer is a short answer ({@code {1:SHORTANSWER:=a~=b}},
 * SA, MW and their case-sensitive forms): a fill-in question, each embedded answer a blank whose accepted answers are
 * those worth 100%. Any other embedded type (MULTICHOICE, NUMERICAL …) is rejected as unsupported; writing uses the
 * same form for a fill-in of several blanks.
 */
final class MoodleCloze {

    private static final Pattern EMBEDDED = Pattern.compile("\\{(\\d*):([A-Z_]+):((?:\\\\.|[^\\\\}])*)}");
    private static final Pattern SHORT = Pattern.compile("SHORTANSWER(_C)?|SA|MW|SAC|MWC");
    private static final Pattern SPLIT = Pattern.compile("(?<!\\\\)~");
    private static final Pattern WEIGHT = Pattern.compile("^(=|%(-?[0-9.]+)%)");

    private MoodleCloze() {
    }

    static QuestionDraft draft(String text, BiFunction<String, AnswerKey, QuestionDraft> make) {
        Matcher m = EMBEDDED.matcher(text);
        StringBuilder stem = new StringBuilder();
        List<List<String>> blanks = new ArrayList<>();
        while (m.find()) {
            if (!SHORT.matcher(m.group(2)).matches()) {
                throw new ProblemException("unsupportedType", "multianswer " + m.group(2));
            }
            blanks.add(accepted(m.group(3)));
            m.appendReplacement(stem, RichText.BLANK_MARK);
        }
        m.appendTail(stem);
        if (blanks.isEmpty()) {
            throw new ProblemException("noAnswer");
        }
        return make.apply(stem.toString(), AnswerKey.blanks(blanks));
    }

    private static List<String> accepted(String answers) {
        List<String> accepted = new ArrayList<>();
        for (String answer : SPLIT.split(answers)) {
            Matcher w = WEIGHT.matcher(answer);
            if (!w.find() || w.group(2) != null && Double.parseDouble(w.group(2)) < 100) {
                continue;
            }
            String value = answer.substring(w.end());
            int feedback = value.replace("\\#", "  ").indexOf('#');
            value = feedback >= 0 ? value.substring(0, feedback) : value;
            value = unescape(value).strip();
            if (!value.isEmpty()) {
                accepted.add(value);
            }
        }
        return accepted;
    }

    static String unescape(String value) {
        return value.replaceAll("\\\\([}#~/\"\\\\=%{])", "$1");
    }

    static String escape(String value) {
        return value.replaceAll("([}#~/\"\\\\{=%])", "\\\\$1");
    }

    /** A stem's blanks as embedded short answers. */
    static String text(String stem, List<List<String>> blanks) {
        Matcher m = RichText.BLANK.matcher(stem);
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (m.find()) {
            List<String> accepted = i < blanks.size() ? blanks.get(i) : List.of();
            StringBuilder code = new StringBuilder("{1:SHORTANSWER:");
            for (int j = 0; j < accepted.size(); j++) {
                code.append(j == 0 ? "=" : "~=").append(escape(accepted.get(j)));
            }
            m.appendReplacement(out, Matcher.quoteReplacement(code.append('}').toString()));
            i++;
        }
        m.appendTail(out);
        return out.toString();
    }
}
