package org.ziyuanku.service.teaching.internal;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;

/**
 * Text fingerprints for spotting copied homework (疑似雷同): the text is normalised (NFKC, lower case, only letters
 * and digits kept, so full-width and half-width forms, punctuation and whitespace do not matter, for Chinese as for
 * ASCII), cut into overlapping character {@value #K}-grams, each hashed to 64 bits; the fingerprint is the sorted
 * distinct hashes. Two fingerprints are compared by Jaccard similarity (shared / all grams). A text shorter than
 * {@value #K} letters or digits has no fingerprint and is never flagged.
 */
public final class TextFingerprints {

    /** Characters per gram: 8 suits Chinese (about a short phrase) and is still selective for ASCII words. */
    public static final int K = 8;

    private static final long FNV_OFFSET = 0xcbf29ce484222325L;
    private static final long FNV_PRIME = 0x100000001b3L;

    private TextFingerprints() {
    }

    /** The normalised text: NFKC, lower case, letters and digits only. */
    public static String normalise(String text) {
        if (text == null) {
            return "";
        }
        String nfkc = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(nfkc.length());
        nfkc.codePoints().filter(Character::isLetterOrDigit).forEach(out::appendCodePoint);
        return out.toString();
    }

    /** The sorted distinct hashes of the text's {@value #K}-grams (empty for a short text). */
    public static long[] of(String text) {
        int[] points = normalise(text).codePoints().toArray();
        if (points.length < K) {
            return new long[0];
        }
        long[] grams = new long[points.length - K + 1];
        for (int i = 0; i < grams.length; i++) {
            long h = FNV_OFFSET;
            for (int j = i; j < i + K; j++) {
                h = (h ^ points[j]) * FNV_PRIME;
            }
            grams[i] = h;
        }
        Arrays.sort(grams);
        return distinct(grams);
    }

    /** Jaccard similarity of two fingerprints, 0 when either is empty. */
    public static double similarity(long[] a, long[] b) {
        if (a.length == 0 || b.length == 0) {
            return 0;
        }
        int shared = 0;
        int i = 0;
        int j = 0;
        while (i < a.length && j < b.length) {
            if (a[i] == b[j]) {
                shared++;
                i++;
                j++;
            } else if (a[i] < b[j]) {
                i++;
            } else {
                j++;
            }
        }
        return (double) shared / (a.length + b.length - shared);
    }

    private static long[] distinct(long[] sorted) {
        int n = 0;
        for (int i = 0; i < sorted.length; i++) {
            if (i == 0 || sorted[i] != sorted[i - 1]) {
                sorted[n++] = sorted[i];
            }
        }
        return Arrays.copyOf(sorted, n);
    }
}
