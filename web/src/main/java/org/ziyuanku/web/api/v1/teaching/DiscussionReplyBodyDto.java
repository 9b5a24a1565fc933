package org.ziyuanku.web.api.v1.teaching;

/** {@code POST /api/v1/discussions/{id}/replies}: a reply to the topic or to one of its replies. */
public record DiscussionReplyBodyDto(Long parentId, String body) {
}
