package org.ziyuanku.service.qa;

/** A question about a resource: title (required, ≤ 100 characters) and an optional body (≤ 2,000). */
public record AskQuestionCommand(long resourceId, String title, String body) {
}
