package org.ziyuanku.web.api.v1.learning;

/** A message to every learner of a class: {@code {"text": "…"}}. */
public record ClassMessageDto(String text) {
}
