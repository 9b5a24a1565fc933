package org.ziyuanku.web.api.v1.teaching;

/** A moderation: {@code action} APPROVE, HIDE or DELETE, with a reason for the last two. */
public record ModerationBodyDto(String action, String reason) {
}
