package org.ziyuanku.domain.review;

import java.util.Locale;
import java.util.Optional;

/** The kind of content a sensitive word stands for (敏感词类别). */
public enum SensitiveWordCategory {
    POLITICAL, PORNOGRAPHY, GAMBLING, VIOLENCE, ADVERTISING, FRAUD, OTHER;

    /** The category named by the text (case-insensitive, blanks around it ignored), or empty. */
    public static Optional<SensitiveWordCategory> of(String name) {
        if (name == null || name.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(valueOf(SensitiveWordText.fold(name).toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
