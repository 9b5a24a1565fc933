package org.ziyuanku.web.api.v1.teaching;

/** How many people like a discussion reply, after the caller's like or unlike. */
public record LikesDto(long likes) {
}
