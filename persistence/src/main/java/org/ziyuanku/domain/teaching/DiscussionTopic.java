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
 * A discussion topic (讨论) of an offering, for one class or the whole offering when {@code classId} is null, about one
 * course item when {@code nodeId} is set. Its replies are {@link DiscussionReply} rows; a locked topic takes no more.
 */
@Entity
@Table(name = "discussion_topic")
public class DiscussionTopic extends OfferingPost {

    public static final int MAX_TITLE = 100;
    public static final int MAX_BODY = 20_000;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "discussion_topic_seq")
    @SequenceGenerator(name = "discussion_topic_seq", sequenceName = "discussion_topic_seq", allocationSize = 50)
    private Long id;

    @Column(name = "offering_node_id")
    private Long nodeId;

    @Column(nullable = false, length = MAX_TITLE)
    private String title;

    @Column(nullable = false, length = MAX_BODY)
    private String body;

    @Embedded
    private DiscussionModeration moderation;

    @Column(nullable = false)
    private boolean locked;

    @Column(nullable = false)
    private boolean pinned;

    @Column(name = "last_activity_at", nullable = false)
    private LocalDateTime lastActivityAt;

    protected DiscussionTopic() {
    }

    public DiscussionTopic(long offeringId, Long classId, Long nodeId, long authorId, String title, String body,
            DiscussionStatus status) {
        super(offeringId, classId, authorId);
        this.nodeId = nodeId;
        this.title = title;
        this.body = body;
        this.moderation = new DiscussionModeration(status);
        this.lastActivityAt = getCreatedAt();
    }

    /** A reply was written: the topic moves up the list. */
    public void touched() {
        lastActivityAt = LocalDateTime.now();
    }

    public void moderate(DiscussionStatus status, String reason, long moderator) {
        moderation = moderation.moderated(status, reason, moderator);
    }

    public void setLocked(boolean locked) {
        this.locked = locked;
    }

    public void setPinned(boolean pinned) {
        this.pinned = pinned;
    }

    public Long getId() {
        return id;
    }

    public Long getNodeId() {
        return nodeId;
    }

    public String getTitle() {
        return title;
    }

    public String getBody() {
        return body;
    }

    public DiscussionModeration getModeration() {
        return moderation;
    }

    public boolean isLocked() {
        return locked;
    }

    public boolean isPinned() {
        return pinned;
    }

    public LocalDateTime getLastActivityAt() {
        return lastActivityAt;
    }
}
