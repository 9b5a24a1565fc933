package org.ziyuanku.web.api.v1.qa;

/** {@code POST /api/v1/library-questions/{id}/answers}: an answer. */
public record LibraryAnswerBodyDto(String body) {
}
