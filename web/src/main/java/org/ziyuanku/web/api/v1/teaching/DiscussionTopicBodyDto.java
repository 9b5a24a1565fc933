package org.ziyuanku.web.api.v1.teaching;

/** {@code POST /api/v1/offerings/{id}/discussions}: a topic for a class (or the whole offering), about an item. */
public record DiscussionTopicBodyDto(Long classId, Long itemId, String title, String body) {
}
