package org.ziyuanku.domain.teaching;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDateTime;

/** A reply in a discussion topic, to the topic or ({@code parentId}) to another reply; staff may mark one best. */
@Entity
@Table(name = "discussion_reply")
public class DiscussionReply {

    public static final int MAX_BODY = 10_000;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "discussion_reply_seq")
    @SequenceGenerator(name = "discussion_reply_seq", sequenceName = "discussion_reply_seq", allocationSize = 50)
    private Long id;

    @Column(name = "topic_id", nullable = false)
    private long topicId;

    @Column(name = "parent_id")
    private Long parentId;

    @Column(name = "author_id", nullable = false)
    private long authorId;

    @Column(nullable = false, length = MAX_BODY)
    private String body;

    @Embedded
    private DiscussionModeration moderation;

    @Column(nullable = false)
    private boolean best;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    @Version
    private int version;

    protected DiscussionReply() {
    }

    public DiscussionReply(long topicId, Long parentId, long authorId, String body, DiscussionStatus status) {
        this.topicId = topicId;
        this.parentId = parentId;
        this.authorId = authorId;
        this.body = body;
        this.moderation = new DiscussionModeration(status);
        this.createdAt = LocalDateTime.now();
    }

    public void moderate(DiscussionStatus status, String reason, long moderator) {
        moderation = moderation.moderated(status, reason, moderator);
    }

    public void setBest(boolean best) {
        this.best = best;
    }

    public Long getId() {
        return id;
    }

    public long getTopicId() {
        return topicId;
    }

    public Long getParentId() {
        return parentId;
    }

    public long getAuthorId() {
        return authorId;
    }

    public String getBody() {
        return body;
    }

    public DiscussionModeration getModeration() {
        return moderation;
    }

    public boolean isBest() {
        return best;
    }

    public LocalDateTime getCreatedAt() {
        return createdAt;
    }
}
