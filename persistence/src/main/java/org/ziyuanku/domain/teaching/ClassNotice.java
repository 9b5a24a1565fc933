package org.ziyuanku.domain.teaching;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDateTime;

/**
 * A notice (公告) of an offering to one of its classes, or to all of them when {@code classId} is null: a title and a
 * sanitised rich-text body; pinned notices are listed first. Who read it is in {@code class_notice_read}.
 */
@Entity
@Table(name = "class_notice")
public class ClassNotice {

    public static final int MAX_TITLE = 100;
    public static final int MAX_BODY = 20_000;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "class_notice_seq")
    @SequenceGenerator(name = "class_notice_seq", sequenceName = "class_notice_seq", allocationSize = 50)
    private Long id;

    @Column(name = "offering_id", nullable = false)
    private long offeringId;

    @Column(name = "class_id")
    private Long classId;

    @Column(nullable = false, length = MAX_TITLE)
    private String title;

    @Column(nullable = false, length = MAX_BODY)
    private String body;

    @Column(nullable = false)
    private boolean pinned;

    @Column(name = "author_id", nullable = false)
    private long authorId;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    private LocalDateTime updatedAt;

    @Version
    private int version;

    protected ClassNotice() {
    }

    public ClassNotice(long offeringId, Long classId, long authorId, String title, String body, boolean pinned) {
        this.offeringId = offeringId;
        this.classId = classId;
        this.authorId = authorId;
        this.title = title;
        this.body = body;
        this.pinned = pinned;
        this.createdAt = LocalDateTime.now();
        this.updatedAt = createdAt;
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

    public long getOfferingId() {
        return offeringId;
    }

    public Long getClassId() {
        return classId;
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

    public long getAuthorId() {
        return authorId;
    }

    public LocalDateTime getCreatedAt() {
        return createdAt;
    }

    public LocalDateTime getUpdatedAt() {
        return updatedAt;
    }

    public int getVersion() {
        return version;
    }
}
