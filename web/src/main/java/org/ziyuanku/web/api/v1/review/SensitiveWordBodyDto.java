package org.ziyuanku.web.api.v1.review;

/** The body of POST (word, category, severity) and PUT /{id} (category, severity) on the dictionary. */
public record SensitiveWordBodyDto(String word, String category, String severity) {
}
