package org.ziyuanku.service.teaching;

import java.io.Serializable;

/** A file attached to a topic ({@code replyId} null) or to one of its replies: its name, detected type and size. */
public record DiscussionAttachmentView(long id, long topicId, Long replyId, String filename, String mediaType,
        long sizeBytes) implements Serializable {
}
