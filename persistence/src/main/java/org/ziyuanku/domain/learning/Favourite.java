package org.ziyuanku.domain.learning;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/**
 * A favourite (收藏): one resource or one course item (an offering's node) of a learner, in one of their folders, with
 * the title it had when saved, so that it stays listed (as unavailable) after the resource is taken down.
 */
@Entity
@Table(name = "favourite")
public class Favourite {

    public static final int MAX_TITLE = 255;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "favourite_seq")
    @SequenceGenerator(name = "favourite_seq", sequenceName = "favourite_seq", allocationSize = 50)
    private Long id;

    @Column(name = "owner_id", nullable = false)
    private long ownerId;

    @Column(name = "folder_id", nullable = false)
    private long folderId;

    @Column(name = "resource_id")
    private Long resourceId;

    @Column(name = "offering_id")
    private Long offeringId;

    @Column(name = "node_id")
    private Long nodeId;

    @Column(nullable = false, length = MAX_TITLE)
    private String title;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    protected Favourite() {
    }

    /** A favourite of a resource ({@code offeringId} and {@code nodeId} null) or of a course item. */
    public Favourite(long ownerId, long folderId, LearnerTarget target, String title) {
        this.ownerId = ownerId;
        this.folderId = folderId;
        this.resourceId = target.resourceId();
        this.offeringId = target.offeringId();
        this.nodeId = target.nodeId();
        this.title = title.length() > MAX_TITLE ? title.substring(0, MAX_TITLE) : title;
        this.createdAt = LocalDateTime.now();
    }

    /** Moves the favourite to another folder of its owner. */
    public void moveTo(long otherFolderId) {
        this.folderId = otherFolderId;
    }

    public Long getId() {
        return id;
    }

    public long getOwnerId() {
        return ownerId;
    }

    public long getFolderId() {
        return folderId;
    }

    public LearnerTarget getTarget() {
        return new LearnerTarget(resourceId, offeringId, nodeId);
    }

    public String getTitle() {
        return title;
    }

    public LocalDateTime getCreatedAt() {
        return createdAt;
    }
}
