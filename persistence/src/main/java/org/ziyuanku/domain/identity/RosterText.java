package org.ziyuanku.domain.identity;

import java.text.Normalizer;
import java.util.Locale;

/**
 * How names and staff or student numbers are compared, on import and on binding alike: Unicode NFKC (so full-width
 * digits and letters count as their ASCII forms), surrounding blanks removed; a name keeps single spaces between its
 * words, a number keeps no blanks at all and is upper case.
 */
public final class RosterText {

    private RosterText() {
    }

    /** The name as stored and compared; "" for null. */
    public static String name(String raw) {
        return raw == null ? "" : nfkc(raw).strip().replaceAll("\\s+", " ");
    }

    /** The number as stored and compared; "" for null. */
    public static String number(String raw) {
        return raw == null ? "" : nfkc(raw).replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
    }

    /** Whether two names are the same person's name: equal after {@link #name}, ignoring letter case. */
    public static boolean sameName(String a, String b) {
        return name(a).toLowerCase(Locale.ROOT).equals(name(b).toLowerCase(Locale.ROOT));
    }

    private static String nfkc(String raw) {
        return Normalizer.normalize(raw, Normalizer.Form.NFKC);
    }
}
