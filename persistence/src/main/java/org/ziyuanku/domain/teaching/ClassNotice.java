package org.ziyuanku.domain.teaching;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/**
 * A notice (公告) of an offering to one of its classes, or to all of them when {@code classId} is null: a title and a
 * sanitised rich-text body; pinned notices are listed first. Who read it is in {@code class_notice_read}.
 */
@Entity
@Table(name = "class_notice")
public class ClassNotice extends OfferingPost {

    public static final int MAX_TITLE = 100;
    public static final int MAX_BODY = 20_000;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "class_notice_seq")
    @SequenceGenerator(name = "class_notice_seq", sequenceName = "class_notice_seq", allocationSize = 50)
    private Long id;

    @Column(nullable = false, length = MAX_TITLE)
    private String title;

    @Column(nullable = false, length = MAX_BODY)
    private String body;

    @Column(nullable = false)
    private boolean pinned;

    @Column(name = "updated_at", nullable = false)
    private LocalDateTime updatedAt;

    protected ClassNotice() {
    }

    public ClassNotice(long offeringId, Long classId, long authorId, String title, String body, boolean pinned) {
        super(offeringId, classId, authorId);
        this.title = title;
        this.body = body;
        this.pinned = pinned;
        this.updatedAt = getCreatedAt();
    }

    /** New title, body and pin. */
    public void change(String newTitle, String newBody, boolean newPinned) {
        this.title = newTitle;
        this.body = newBody;
        this.pinned = newPinned;
        this.updatedAt = LocalDateTime.now();
    }

    public Long getId() {
        return id;
    }

    public String getTitle() {
        return title;
    }

    public String getBody() {
        return body;
    }

    public boolean isPinned() {
        return pinned;
    }

    public LocalDateTime getUpdatedAt() {
        return updatedAt;
    }
}
