package org.ziyuanku.domain.teaching;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/**
 * A file attached to a discussion topic or ({@code replyId}) to one of its replies by the text's author: a stored blob
 * (by SHA-256) checked as a homework file, the name its author gave it and its detected type.
 */
@Entity
@Table(name = "discussion_attachment")
public class DiscussionAttachment {

    /** The most files one topic or reply carries. */
    public static final int MAX_PER_TEXT = 5;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "discussion_attachment_seq")
    @SequenceGenerator(name = "discussion_attachment_seq", sequenceName = "discussion_attachment_seq",
            allocationSize = 50)
    private Long id;

    @Column(name = "topic_id", nullable = false)
    private long topicId;

    @Column(name = "reply_id")
    private Long replyId;

    @Column(name = "uploader_id", nullable = false)
    private long uploaderId;

    /** In the same columns as a homework file's: blob_sha256, filename, media_type, size_bytes. */
    @Embedded
    private SubmissionFile file;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    protected DiscussionAttachment() {
    }

    public DiscussionAttachment(long topicId, Long replyId, long uploaderId, SubmissionFile file) {
        this.topicId = topicId;
        this.replyId = replyId;
        this.uploaderId = uploaderId;
        this.file = file;
        this.createdAt = LocalDateTime.now();
    }

    public Long getId() {
        return id;
    }

    public long getTopicId() {
        return topicId;
    }

    public Long getReplyId() {
        return replyId;
    }

    public long getUploaderId() {
        return uploaderId;
    }

    /** The stored blob, the name its author gave it and its detected type. */
    public SubmissionFile getFile() {
        return file;
    }

    public LocalDateTime getCreatedAt() {
        return createdAt;
    }
}
