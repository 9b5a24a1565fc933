package org.ziyuanku.web.api.v1.teaching;

/** {@code POST /api/v1/class-questions/{id}/answers}: an answer's text. */
public record ClassAnswerBodyDto(String body) {
}
