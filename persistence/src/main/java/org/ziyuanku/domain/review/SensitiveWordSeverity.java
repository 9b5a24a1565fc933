package org.ziyuanku.domain.review;

import java.util.Arrays;
import java.util.Optional;

/** What a sensitive word does at submission: {@code BLOCK} stops it, {@code FLAG} marks the word for the reviewer. */
public enum SensitiveWordSeverity {
    BLOCK, FLAG;

    /** The severity named by the text (case-insensitive, blanks around it ignored), or empty. */
    public static Optional<SensitiveWordSeverity> of(String name) {
        String given = name == null ? "" : SensitiveWordText.fold(name).strip();
        return Arrays.stream(values()).filter(s -> s.name().equalsIgnoreCase(given)).findFirst();
    }
}
