package org.ziyuanku.domain.system;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import java.util.Objects;

/**
 * A notification (通知) for one person: a bundle key and its arguments (rendered in the reader's language when shown
 * or mailed), the page it points to (column {@code link}: a route name such as {@code review.queue}, resolved to a
 * path by the web module; rows written before routes hold the path itself), and when it was read. It belongs to any
 * context that notifies: review, courses, homework.
 */
@Entity
@Table(name = "notification")
@NamedQuery(name = "Notification.findByRecipient", query = "select n from Notification n"
        + " where n.recipientId = :recipient order by n.createdAt desc, n.id desc")
@NamedQuery(name = "Notification.countUnread", query = "select count(n) from Notification n"
        + " where n.recipientId = :recipient and n.readAt is null")
@NamedQuery(name = "Notification.markRead", query = "update Notification n set n.readAt = :now"
        + " where n.recipientId = :recipient and n.readAt is null and n.id in :ids")
@NamedQuery(name = "Notification.markAllRead", query = "update Notification n set n.readAt = :now"
        + " where n.recipientId = :recipient and n.readAt is null")
public class Notification {

    public static final int MAX_KEY = 100;
    public static final int MAX_LINK = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "notification_seq")
    @SequenceGenerator(name = "notification_seq", sequenceName = "notification_seq", allocationSize = 50)
    private Long id;

    /** The recipient's account id (identity's {@code user_account}; a foreign key in the schema). */
    @Column(name = "recipient_id", nullable = false)
    private long recipientId;

    @Column(name = "message_key", nullable = false, length = MAX_KEY)
    private String messageKey;

    /** The arguments as a JSON array of strings. */
    @Column(name = "message_args", nullable = false, columnDefinition = "text")
    private String messageArgs;

    @Column(length = MAX_LINK)
    private String link;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    @Column(name = "read_at")
    private LocalDateTime readAt;

    protected Notification() {
    }

    public Notification(long recipientId, String messageKey, String messageArgs, String link) {
        this.recipientId = recipientId;
        this.messageKey = Objects.requireNonNull(messageKey, "messageKey");
        if (messageKey.isBlank() || messageKey.length() > MAX_KEY) {
            throw new IllegalArgumentException("message key must have 1-" + MAX_KEY + " characters: " + messageKey);
        }
        if (link != null && link.length() > MAX_LINK) {
            throw new IllegalArgumentException("link longer than " + MAX_LINK + " characters");
        }
        this.messageArgs = Objects.requireNonNull(messageArgs, "messageArgs");
        this.link = link;
        this.createdAt = LocalDateTime.now();
    }

    public Long getId() {
        return id;
    }

    public long getRecipientId() {
        return recipientId;
    }

    public String getMessageKey() {
        return messageKey;
    }

    public String getMessageArgs() {
        return messageArgs;
    }

    public String getLink() {
        return link;
    }

    public LocalDateTime getCreatedAt() {
        return createdAt;
    }

    public LocalDateTime getReadAt() {
        return readAt;
    }

    public boolean isRead() {
        return readAt != null;
    }
}
