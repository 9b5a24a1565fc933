package org.ziyuanku.service.teaching;

import java.io.Serializable;

/** A reply to a topic, or ({@code parentId}) to one of its replies. */
public record DiscussionReplyCommand(Long parentId, String body) implements Serializable {
}
