package org.ziyuanku.domain.resource;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Chinese-aware search terms. Text is cut into runs of Han characters and runs of letters and digits; a Han run gives
 * its single characters and every pair of neighbours (bigrams), a letter run gives the lower-case word. A query
 * matches when all its bigrams (or its single character) and all its words (as prefixes) are there, so 焊接 finds
 * 焊接技术及自动化 without a dictionary. Terms contain only letters and digits, so they are safe inside a tsquery.
 */
public final class SearchTerms {

    private static final int MAX_WORD = 48;

    private SearchTerms() {
    }

    /** The distinct terms of {@code texts}, separated by single spaces, for the index. */
    public static String index(String... texts) {
        Set<String> terms = new LinkedHashSet<>();
        for (String text : texts) {
            for (String run : runs(text)) {
                if (isHan(run.codePointAt(0))) {
                    terms.addAll(unigrams(run));
                    terms.addAll(bigrams(run));
                } else if (run.length() <= MAX_WORD) {
                    terms.add(run);
                }
            }
        }
        return String.join(" ", terms);
    }

    /**
     * The PostgreSQL tsquery text for a user's query, e.g. {@code '焊接' & 'weld':*}; empty when the query holds no
     * letters, digits or Han characters.
     */
    public static String query(String userQuery) {
        List<String> parts = new ArrayList<>();
        for (String run : runs(userQuery)) {
            if (isHan(run.codePointAt(0))) {
                List<String> grams = run.codePointCount(0, run.length()) == 1 ? List.of(run) : bigrams(run);
                grams.forEach(g -> parts.add("'" + g + "'"));
            } else {
                parts.add("'" + run.substring(0, Math.min(run.length(), MAX_WORD)) + "':*");
            }
        }
        return parts.stream().distinct().collect(Collectors.joining(" & "));
    }

    private static List<String> runs(String text) {
        List<String> runs = new ArrayList<>();
        if (text == null) {
            return runs;
        }
        String normal = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        StringBuilder run = new StringBuilder();
        int runType = 0;
        for (int i = 0; i < normal.length(); i += Character.charCount(normal.codePointAt(i))) {
            int cp = normal.codePointAt(i);
            int type = isHan(cp) ? 1 : Character.isLetterOrDigit(cp) ? 2 : 0;
            if (type != runType && run.length() > 0) {
                runs.add(run.toString());
                run.setLength(0);
            }
            runType = type;
            if (type != 0) {
                run.appendCodePoint(cp);
            }
        }
        if (run.length() > 0) {
            runs.add(run.toString());
        }
        return runs;
    }

    private static List<String> unigrams(String han) {
        return han.codePoints().mapToObj(Character::toString).collect(Collectors.toList());
    }

    private static List<String> bigrams(String han) {
        int[] cps = han.codePoints().toArray();
        List<String> grams = new ArrayList<>();
        for (int i = 0; i + 1 < cps.length; i++) {
            grams.add(new String(cps, i, 2));
        }
        return grams;
    }

    private static boolean isHan(int codePoint) {
        return Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HAN;
    }
}
