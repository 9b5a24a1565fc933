package org.ziyuanku.domain.teaching;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.LocalDateTime;

/** A topic's or reply's status and the last moderation of it: the reason, by whom, when. */
@Embeddable
public class DiscussionModeration {

    public static final int MAX_NOTE = 200;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private DiscussionStatus status;

    @Column(name = "moderation_note", length = MAX_NOTE)
    private String note;

    @Column(name = "moderated_by")
    private Long moderatedBy;

    @Column(name = "moderated_at")
    private LocalDateTime moderatedAt;

    protected DiscussionModeration() {
    }

    public DiscussionModeration(DiscussionStatus status) {
        this.status = status;
    }

    /** The new status, with the moderator's reason. */
    public DiscussionModeration moderated(DiscussionStatus newStatus, String reason, long moderator) {
        DiscussionModeration m = new DiscussionModeration(newStatus);
        m.note = reason;
        m.moderatedBy = moderator;
        m.moderatedAt = LocalDateTime.now();
        return m;
    }

    public DiscussionStatus getStatus() {
        return status;
    }

    public String getNote() {
        return note;
    }

    public Long getModeratedBy() {
        return moderatedBy;
    }

    public LocalDateTime getModeratedAt() {
        return moderatedAt;
    }
}
