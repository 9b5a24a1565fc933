package org.ziyuanku.web.api.v1.teaching;

/** {@code POST /api/v1/classes/{id}/questions}: a learner's question, optionally about one course item. */
public record ClassQuestionBodyDto(Long itemId, String title, String body) {
}
