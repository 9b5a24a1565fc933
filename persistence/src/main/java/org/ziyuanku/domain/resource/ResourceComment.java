package org.ziyuanku.domain.resource;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDateTime;

/**
 * A comment (评论) on a published resource: plain text, VISIBLE, or HELD while it waits for a moderator because of a
 * flagged word; a moderator of the resource's library approves, hides or deletes it, always with a reason.
 */
@Entity
@Table(name = "resource_comment")
public class ResourceComment {

    public static final int MAX_BODY = 1000;
    public static final int MAX_REASON = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "resource_comment_seq")
    @SequenceGenerator(name = "resource_comment_seq", sequenceName = "resource_comment_seq", allocationSize = 50)
    private Long id;

    @Column(name = "resource_id", nullable = false)
    private long resourceId;

    @Column(name = "library_id", nullable = false)
    private long libraryId;

    @Column(name = "author_id", nullable = false)
    private long authorId;

    @Column(nullable = false, length = MAX_BODY)
    private String body;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private CommentStatus status;

    @Column(name = "flagged_words", length = 500)
    private String flaggedWords;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    @Column(name = "moderated_by")
    private Long moderatedBy;

    @Column(name = "moderated_at")
    private LocalDateTime moderatedAt;

    @Column(name = "moderation_reason", length = MAX_REASON)
    private String moderationReason;

    @Version
    private int version;

    protected ResourceComment() {
    }

    public ResourceComment(long resourceId, long libraryId, long authorId, String body, String flaggedWords) {
        this.resourceId = resourceId;
        this.libraryId = libraryId;
        this.authorId = authorId;
        this.body = body;
        this.flaggedWords = flaggedWords == null || flaggedWords.isEmpty() ? null
                : flaggedWords.substring(0, Math.min(flaggedWords.length(), 500));
        this.status = this.flaggedWords == null ? CommentStatus.VISIBLE : CommentStatus.HELD;
        this.createdAt = LocalDateTime.now();
    }

    /** A moderator's decision with its reason; a deleted comment stays deleted. */
    public void moderate(CommentStatus decision, long moderatorId, String reason) {
        if (status == CommentStatus.DELETED) {
            throw new IllegalStateException("deleted");
        }
        this.status = decision;
        this.moderatedBy = moderatorId;
        this.moderatedAt = LocalDateTime.now();
        this.moderationReason = reason;
    }

    public Long getId() {
        return id;
    }

    public long getResourceId() {
        return resourceId;
    }

    public long getLibraryId() {
        return libraryId;
    }

    public long getAuthorId() {
        return authorId;
    }

    public String getBody() {
        return body;
    }

    public CommentStatus getStatus() {
        return status;
    }

    public String getFlaggedWords() {
        return flaggedWords;
    }

    public LocalDateTime getCreatedAt() {
        return createdAt;
    }

    public String getModerationReason() {
        return moderationReason;
    }
}
