package org.ziyuanku.service.review.internal;

import com.github.houbb.opencc4j.util.ZhConverterUtil;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;

/**
 * The one normalisation of sensitive words and of the texts they are looked for in, so that a word cannot hide behind
 * its spelling: each character (with its combining marks) is brought to its NFKC compatibility form without the marks
 * (full-width ＡＢＣ１２３ and ideographic spaces become ASCII, ligatures and circled letters plain); letters are
 * folded to small; traditional characters become simplified with OpenCC's character table (opencc4j, 輪 → 轮);
 * format and invisible characters (zero-width space and joiners, word joiner, BOM, soft hyphen …) are dropped; runs
 * of spaces, punctuation and symbols are dropped when a Chinese character stands on either side (法 轮, 法，轮, 法·轮)
 * and otherwise become one space (only runs of blanks) or stay. Every character of the result remembers the span of
 * the original it came from, so a match is marked in the original text. Stateless and thread-safe.
 */
public final class SensitiveWordNormaliser {

    /** A normalised text and, for each of its characters, the span {@code [start[i], end[i])} of the original. */
    public record Normalised(String text, int[] start, int[] end) {

        /** The span of the original that the normalised characters {@code [from, to)} come from. */
        public int[] originalSpan(int from, int to) {
            return new int[] {start[from], end[to - 1]};
        }
    }

    /** Characters that need no compatibility decomposition: ASCII, and the CJK Unified Ideographs block. */
    private static final char ASCII_END = 0x80;
    private static final char HAN_FIRST = '\u4E00';
    private static final char HAN_LAST = '\u9FFF';
    /** OpenCC's answers for the CJK Unified Ideographs block, asked once. */
    private static final char[] SIMPLE = new char[HAN_LAST - HAN_FIRST + 1];

    static {
        for (char c = HAN_FIRST; c <= HAN_LAST; c++) {
            SIMPLE[c - HAN_FIRST] = convert(c);
        }
    }

    private SensitiveWordNormaliser() {
    }

    /** The word as the dictionary stores and compiles it; null stays null. */
    public static String normalise(String word) {
        return word == null ? null : of(word).text().strip();
    }

    /** The normalised text with the origin of every character. */
    public static Normalised of(String text) {
        Builder out = new Builder(text.length());
        int gapStart = -1;
        boolean blanksOnly = true;
        int at = 0;
        while (at < text.length()) {
            int end = clusterEnd(text, at);
            String folded = fold(text.substring(at, end));
            if (folded.isEmpty()) {
                at = end;
                continue;
            }
            int first = folded.codePointAt(0);
            if (allGaps(folded)) {
                if (gapStart < 0) {
                    gapStart = out.length();
                    blanksOnly = true;
                }
                blanksOnly &= Character.isWhitespace(first) || Character.isSpaceChar(first);
                out.append(folded, at, end);
            } else {
                if (gapStart >= 0) {
                    out.closeGap(gapStart, blanksOnly, out.endsWithHan(gapStart) || isHan(first));
                    gapStart = -1;
                }
                out.append(folded, at, end);
            }
            at = end;
        }
        if (gapStart >= 0) {
            out.closeGap(gapStart, blanksOnly, false);
        }
        return out.build();
    }

    private static boolean allGaps(String folded) {
        for (int i = 0; i < folded.length(); i += Character.charCount(folded.codePointAt(i))) {
            if (!isGap(folded.codePointAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** The end of the character at {@code at} together with the combining marks that follow it. */
    private static int clusterEnd(String text, int at) {
        int end = at + Character.charCount(text.codePointAt(at));
        while (end < text.length() && isMark(text.codePointAt(end))) {
            end += Character.charCount(text.codePointAt(end));
        }
        return end;
    }

    /** One character and its marks: compatibility form, marks and invisible characters dropped, small, simplified. */
    private static String fold(String cluster) {
        if (cluster.length() == 1) {
            char c = cluster.charAt(0);
            if (c < ASCII_END) {
                return String.valueOf(Character.toLowerCase(c));
            }
            if (c >= HAN_FIRST && c <= HAN_LAST) {
                return String.valueOf((char) simplified(c));
            }
        }
        String decomposed = Normalizer.normalize(cluster, Normalizer.Form.NFKD);
        StringBuilder kept = new StringBuilder(decomposed.length());
        decomposed.codePoints().filter(c -> !isMark(c) && !isInvisible(c)).forEach(kept::appendCodePoint);
        String composed = Normalizer.normalize(kept, Normalizer.Form.NFC);
        StringBuilder out = new StringBuilder(composed.length());
        composed.codePoints().map(Character::toLowerCase).map(SensitiveWordNormaliser::simplified)
                .forEach(out::appendCodePoint);
        return out.toString();
    }

    private static int simplified(int c) {
        if (c >= HAN_FIRST && c <= HAN_LAST) {
            return SIMPLE[c - HAN_FIRST];
        }
        return isHan(c) && !Character.isSupplementaryCodePoint(c) ? convert((char) c) : c;
    }

    /** OpenCC's first simplified form of one character, when it is one character. */
    private static char convert(char c) {
        List<String> simple = ZhConverterUtil.toSimple(c);
        if (simple == null || simple.isEmpty() || simple.get(0).length() != 1) {
            return c;
        }
        return simple.get(0).charAt(0);
    }

    private static boolean isMark(int c) {
        int type = Character.getType(c);
        return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                || type == Character.COMBINING_SPACING_MARK;
    }

    /** Format characters (Cf: zero-width space and joiners, BOM, soft hyphen …) and other invisible fillers. */
    private static boolean isInvisible(int c) {
        return Character.getType(c) == Character.FORMAT || c == '\u034F' || c == '\u115F' || c == '\u1160'
                || c == '\u3164' || c == '\uFFA0' || c >= '\uFE00' && c <= '\uFE0F' || c >= 0xE0100 && c <= 0xE01EF;
    }

    /** Spaces, line breaks and other controls, punctuation and symbols: what may be put between a word's characters. */
    private static boolean isGap(int c) {
        if (Character.isWhitespace(c) || Character.isSpaceChar(c) || Character.isISOControl(c)) {
            return true;
        }
        return switch (Character.getType(c)) {
            case Character.CONNECTOR_PUNCTUATION, Character.DASH_PUNCTUATION, Character.START_PUNCTUATION,
                    Character.END_PUNCTUATION, Character.INITIAL_QUOTE_PUNCTUATION, Character.FINAL_QUOTE_PUNCTUATION,
                    Character.OTHER_PUNCTUATION, Character.MATH_SYMBOL, Character.CURRENCY_SYMBOL,
                    Character.MODIFIER_SYMBOL, Character.OTHER_SYMBOL -> true;
            default -> false;
        };
    }

    static boolean isHan(int c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }

    /** The growing result and the origins of its characters. */
    private static final class Builder {

        private final StringBuilder text;
        private int[] start;
        private int[] end;

        Builder(int capacity) {
            text = new StringBuilder(capacity);
            start = new int[Math.max(16, capacity)];
            end = new int[start.length];
        }

        int length() {
            return text.length();
        }

        void append(String folded, int from, int to) {
            for (int i = 0; i < folded.length(); i++) {
                if (text.length() == start.length) {
                    start = Arrays.copyOf(start, start.length * 2);
                    end = Arrays.copyOf(end, end.length * 2);
                }
                start[text.length()] = from;
                end[text.length()] = to;
                text.append(folded.charAt(i));
            }
        }

        boolean endsWithHan(int before) {
            return before > 0 && isHan(text.codePointBefore(before));
        }

        /** Drops the gap from {@code from} on next to Chinese; a run of blanks elsewhere becomes one space. */
        void closeGap(int from, boolean blanksOnly, boolean nextToHan) {
            if (nextToHan) {
                text.setLength(from);
            } else if (blanksOnly) {
                int spanEnd = end[text.length() - 1];
                text.setLength(from);
                text.append(' ');
                end[from] = spanEnd;
            }
        }

        Normalised build() {
            int n = text.length();
            return new Normalised(text.toString(), Arrays.copyOf(start, n), Arrays.copyOf(end, n));
        }
    }
}
