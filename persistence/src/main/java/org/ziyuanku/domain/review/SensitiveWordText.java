package org.ziyuanku.domain.review;

/**
 * The one folding of sensitive words and of the text they are looked for in: full-width ASCII (ＡＢＣ１２３) becomes
 * half-width, the ideographic space a space, Latin capitals small. Every character maps to exactly one character, so
 * a position in the folded text is the same position in the original.
 */
public final class SensitiveWordText {

    private static final char FULL_WIDTH_FIRST = '\uFF01';
    private static final char FULL_WIDTH_LAST = '\uFF5E';
    private static final int FULL_WIDTH_OFFSET = 0xFEE0;
    private static final char IDEOGRAPHIC_SPACE = '\u3000';

    private SensitiveWordText() {
    }

    /** The folded text, as long as the original; null stays null. */
    public static String fold(String text) {
        if (text == null) {
            return null;
        }
        char[] chars = text.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            chars[i] = fold(chars[i]);
        }
        return new String(chars);
    }

    /** One character folded. */
    public static char fold(char c) {
        char half = c >= FULL_WIDTH_FIRST && c <= FULL_WIDTH_LAST ? (char) (c - FULL_WIDTH_OFFSET)
                : c == IDEOGRAPHIC_SPACE ? ' ' : c;
        if (Character.isUpperCase(half) && Character.UnicodeScript.of(half) == Character.UnicodeScript.LATIN) {
            return Character.toLowerCase(half);
        }
        return half;
    }

    /** The word as the dictionary stores it: folded, blanks around it removed. */
    public static String normalise(String word) {
        return word == null ? null : fold(word).strip();
    }
}
