package org.ziyuanku.web.api.v1.qa;

/** {@code POST /api/v1/library-questions}: a question about a resource. */
public record LibraryQuestionBodyDto(Long resourceId, String title, String body) {
}
