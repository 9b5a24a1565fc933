package org.ziyuanku.service.dictionary.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.regex.Pattern;
import org.ziyuanku.domain.dictionary.DictionaryEntry;
import org.ziyuanku.service.dictionary.DictionaryRefusedException;
import org.ziyuanku.service.review.ScreenedText;
import org.ziyuanku.service.review.SensitiveWordScreening;
import org.ziyuanku.service.system.RefusedException;

/**
 * What an entry may hold: a code of letters, digits, '-', '_' and '.' (at most 32, starting with a letter or digit),
 * labels of 1–100 characters without control characters and without blocked sensitive words, a place 0–9999.
 */
@ApplicationScoped
public class DictionaryEntryRules {

    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.\\-]{0,31}");
    private static final int MAX_ORDER = 9999;

    @Inject
    private SensitiveWordScreening screening;

    public String code(String code) {
        String value = code == null ? "" : code.strip();
        if (!CODE.matcher(value).matches()) {
            throw invalid("dictionary.refused.code", value.length() > DictionaryEntry.MAX_CODE
                    ? value.substring(0, DictionaryEntry.MAX_CODE) + "…" : value);
        }
        return value;
    }

    public String label(String field, String label) {
        String value = label == null ? "" : label.strip();
        if (value.isEmpty() || value.length() > DictionaryEntry.MAX_LABEL
                || value.codePoints().anyMatch(Character::isISOControl)) {
            throw invalid("dictionary.refused.label", field);
        }
        screening.refuseBlocked(List.of(new ScreenedText(field, value)));
        return value;
    }

    public int sortOrder(int order) {
        if (order < 0 || order > MAX_ORDER) {
            throw invalid("dictionary.refused.sortOrder", String.valueOf(order));
        }
        return order;
    }

    private static DictionaryRefusedException invalid(String key, String arg) {
        return new DictionaryRefusedException(RefusedException.Kind.INVALID, key, arg);
    }
}
