package org.ziyuanku.domain.learning;

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
 * A learner's note (笔记) on a resource or a course item: private, or shared with the author's class ({@code classId},
 * course items only); on video and audio it keeps the player's position in seconds.
 */
@Entity
@Table(name = "learner_note")
public class LearnerNote {

    public static final int MAX_BODY = 2000;
    public static final int MAX_POSITION = 86_400;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "learner_note_seq")
    @SequenceGenerator(name = "learner_note_seq", sequenceName = "learner_note_seq", allocationSize = 50)
    private Long id;

    @Column(name = "owner_id", nullable = false)
    private long ownerId;

    @Column(name = "resource_id")
    private Long resourceId;

    @Column(name = "offering_id")
    private Long offeringId;

    @Column(name = "node_id")
    private Long nodeId;

    @Column(name = "class_id")
    private Long classId;

    @Column(name = "position_seconds")
    private Integer positionSeconds;

    @Column(nullable = false, length = 255)
    private String title;

    @Column(nullable = false, length = MAX_BODY)
    private String body;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private NoteVisibility visibility;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    private LocalDateTime updatedAt;

    @Version
    private int version;

    protected LearnerNote() {
    }

    public LearnerNote(long ownerId, LearnerTarget target, String title, Integer positionSeconds) {
        this.ownerId = ownerId;
        this.title = title.length() > 255 ? title.substring(0, 255) : title;
        this.resourceId = target.resourceId();
        this.offeringId = target.offeringId();
        this.nodeId = target.nodeId();
        this.positionSeconds = positionSeconds;
        this.createdAt = LocalDateTime.now();
        this.visibility = NoteVisibility.PRIVATE;
        this.body = "";
        this.updatedAt = createdAt;
    }

    /** New text and audience; a CLASS note needs the author's class. */
    public void write(String newBody, NoteVisibility newVisibility, Long newClassId) {
        if (newVisibility == NoteVisibility.CLASS && newClassId == null) {
            throw new IllegalArgumentException("a class note needs a class");
        }
        this.body = newBody;
        this.visibility = newVisibility;
        this.classId = newVisibility == NoteVisibility.CLASS ? newClassId : null;
        this.updatedAt = LocalDateTime.now();
    }

    public Long getId() {
        return id;
    }

    public long getOwnerId() {
        return ownerId;
    }

    public LearnerTarget getTarget() {
        return new LearnerTarget(resourceId, offeringId, nodeId);
    }

    public Long getClassId() {
        return classId;
    }

    public Integer getPositionSeconds() {
        return positionSeconds;
    }

    public String getTitle() {
        return title;
    }

    public String getBody() {
        return body;
    }

    public NoteVisibility getVisibility() {
        return visibility;
    }

    public LocalDateTime getUpdatedAt() {
        return updatedAt;
    }
}
