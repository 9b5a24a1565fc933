package org.ziyuanku.web.api.v1.teaching;

/** A topic's or reply's status after a moderation: VISIBLE, HIDDEN or DELETED. */
public record ModerationResultDto(String status) {
}
