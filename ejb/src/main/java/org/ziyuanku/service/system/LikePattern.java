package org.ziyuanku.service.system;

import java.util.Locale;

/**
 * JPQL {@code like} patterns from what people type: {@code %}, {@code _} and the escape character itself lose their
 * meaning, so a query text is matched literally. Use with {@code like :param escape '!'} ({@link #ESCAPE}).
 */
public final class LikePattern {

    /** The clause's escape: {@code like :text} + ESCAPE. */
    public static final String ESCAPE = " escape '!'";

    private LikePattern() {
    }

    /** The text with the pattern characters escaped. */
    public static String literal(String text) {
        return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }

    /** A pattern matching any value that contains the text, lower-cased (compare with {@code lower(…)}). */
    public static String containing(String text) {
        return "%" + literal(text.toLowerCase(Locale.ROOT)) + "%";
    }
}
