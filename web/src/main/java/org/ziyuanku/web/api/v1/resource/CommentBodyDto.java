package org.ziyuanku.web.api.v1.resource;

/** A comment's text, a report's reason, or a moderator's decision ({@code APPROVE}, {@code HIDE}, {@code DELETE}). */
public record CommentBodyDto(String body, String reason, String action) {
}
