package org.ziyuanku.service.exam;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;

/**
 * A typed answer reduced to what matters when it is compared with an accepted one (填空题): NFKC (full-width letters,
 * digits and punctuation become half-width, "ＡＢＣ" = "ABC"), lower case, every blank removed (also the ideographic
 * space and no-break spaces), and Chinese punctuation written as its ASCII counterpart ("。" = ".", "、" = ",",
 * "（" = "(", "“" = "\""), so "二氧化碳 " = "二氧化碳" and "ＣＯ２" = "co2".
 */
public final class AnswerText {

    private static final Map<Character, Character> PUNCTUATION = Map.ofEntries(Map.entry('。', '.'),
            Map.entry('、', ','), Map.entry('，', ','), Map.entry('；', ';'), Map.entry('：', ':'),
            Map.entry('？', '?'), Map.entry('！', '!'), Map.entry('（', '('), Map.entry('）', ')'),
            Map.entry('【', '['), Map.entry('】', ']'), Map.entry('《', '<'), Map.entry('》', '>'),
            Map.entry('“', '"'), Map.entry('”', '"'), Map.entry('‘', '\''), Map.entry('’', '\''),
            Map.entry('—', '-'), Map.entry('－', '-'), Map.entry('～', '~'), Map.entry('·', '.'),
            Map.entry('「', '"'), Map.entry('」', '"'));

    private AnswerText() {
    }

    /** The answer as it is compared; null becomes "". */
    public static String normalise(String answer) {
        if (answer == null) {
            return "";
        }
        String folded = Normalizer.normalize(answer, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(folded.length());
        folded.codePoints().forEach(c -> {
            if (!Character.isWhitespace(c) && !Character.isSpaceChar(c) && c != '\u200b' && c != '\ufeff') {
                Character ascii = c < Character.MIN_SUPPLEMENTARY_CODE_POINT ? PUNCTUATION.get((char) c) : null;
                out.append(ascii == null ? Character.toString(c) : ascii.toString());
            }
        });
        return out.toString();
    }

    /** Whether the two answers are the same once normalised. */
    public static boolean same(String answer, String accepted) {
        return normalise(answer).equals(normalise(accepted));
    }
}
