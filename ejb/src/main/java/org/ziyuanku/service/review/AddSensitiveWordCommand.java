package org.ziyuanku.service.review;

import org.ziyuanku.domain.review.SensitiveWordCategory;
import org.ziyuanku.domain.review.SensitiveWordSeverity;

/** A word to add to the dictionary; it is stored normalised (trimmed, half-width, Latin letters small). */
public record AddSensitiveWordCommand(String word, SensitiveWordCategory category, SensitiveWordSeverity severity) {
}
