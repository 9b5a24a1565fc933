package org.ziyuanku.web.api.v1.teaching;

import org.ziyuanku.service.teaching.DiscussionAttachmentView;

/** A file attached to a discussion topic ({@code replyId} null) or reply, and where to download it. */
public record DiscussionAttachmentDto(long id, long topicId, Long replyId, String filename, String mediaType,
        long sizeBytes, String href) {

    static DiscussionAttachmentDto of(DiscussionAttachmentView v) {
        return new DiscussionAttachmentDto(v.id(), v.topicId(), v.replyId(), v.filename(), v.mediaType(),
                v.sizeBytes(), "/api/v1/discussions/" + v.topicId() + "/attachments/" + v.id());
    }
}
