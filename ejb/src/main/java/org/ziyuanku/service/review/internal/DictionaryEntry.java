package org.ziyuanku.service.review.internal;

import org.ziyuanku.domain.review.SensitiveWordCategory;
import org.ziyuanku.domain.review.SensitiveWordSeverity;

/** A dictionary word as the matcher needs it: normalised text, category and severity. */
public record DictionaryEntry(String word, SensitiveWordCategory category, SensitiveWordSeverity severity) {
}
