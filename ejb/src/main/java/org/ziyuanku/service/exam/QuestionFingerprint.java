package org.ziyuanku.service.exam;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import org.jsoup.Jsoup;

/**
 * The fingerprint that flags a duplicate question within a library (查重): the SHA-256 (hex) of the stem and the
 * options reduced to their text (HTML and images dropped), NFKC, lower case, without whitespace or punctuation, so that
 * the same question typed with full-width letters, other spacing or other punctuation has the same fingerprint.
 */
public final class QuestionFingerprint {

    private QuestionFingerprint() {
    }

    /** The fingerprint of a draft (stem and options). */
    public static String of(QuestionDraft draft) {
        return of(draft.stem(), draft.options());
    }

    /** The fingerprint of a stem and its options (rich text). */
    public static String of(String stem, List<String> options) {
        StringBuilder text = new StringBuilder(normalise(stem));
        options.forEach(o -> text.append('\u0001').append(normalise(o)));
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 missing", e);
        }
    }

    /** The text of rich text, normalised as the fingerprint takes it. */
    static String normalise(String richText) {
        if (richText == null) {
            return "";
        }
        String text = Jsoup.parse(richText).text();
        String folded = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        return folded.replaceAll("[\\p{Z}\\s\\p{P}\\p{S}\\u200b\\ufeff]+", "");
    }
}
