package org.ziyuanku.domain.teaching;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import java.time.LocalDateTime;

/**
 * What someone posts into an offering for one of its classes, or for every class when {@code classId} is null: a
 * homework, a notice, a survey or a discussion topic. Each keeps these columns in its own table ({@code offering_id},
 * {@code class_id}, {@code author_id}, {@code created_at} and the optimistic-lock {@code version}).
 */
@MappedSuperclass
public abstract class OfferingPost {

    @Column(name = "offering_id", nullable = false)
    private long offeringId;

    @Column(name = "class_id")
    private Long classId;

    @Column(name = "author_id", nullable = false)
    private long authorId;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    @Version
    private int version;

    protected OfferingPost() {
    }

    /** Posted now by the author, for the class or ({@code classId} null) the whole offering. */
    protected OfferingPost(long offeringId, Long classId, long authorId) {
        this.offeringId = offeringId;
        this.classId = classId;
        this.authorId = authorId;
        this.createdAt = LocalDateTime.now();
    }

    public long getOfferingId() {
        return offeringId;
    }

    public Long getClassId() {
        return classId;
    }

    public long getAuthorId() {
        return authorId;
    }

    public LocalDateTime getCreatedAt() {
        return createdAt;
    }

    public int getVersion() {
        return version;
    }
}
