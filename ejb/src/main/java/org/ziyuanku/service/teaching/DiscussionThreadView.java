package org.ziyuanku.service.teaching;

import java.io.Serializable;
import java.util.List;

/** A topic with its replies, oldest first (a reply's {@code parentId} says which one it answers). */
public record DiscussionThreadView(DiscussionTopicView topic, List<DiscussionReplyView> replies, boolean staff)
        implements Serializable {
}
