package org.ziyuanku.service.review;

import java.io.Serializable;
import org.ziyuanku.domain.review.SensitiveWordSeverity;

/** A dictionary word found in one field, {@code count} times (overlapping occurrences included). */
public record WordHit(String word, String category, SensitiveWordSeverity severity, String field, int count)
        implements Serializable {
}
