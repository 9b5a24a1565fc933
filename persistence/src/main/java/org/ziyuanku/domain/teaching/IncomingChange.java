package org.ziyuanku.domain.teaching;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import java.util.Objects;
import java.util.UUID;

/**
 * A change of the standard course that reached an offering: APPLIED when the sync took it over by itself, PENDING
 * when the teacher decides (a node they changed locally was changed or removed, or a node was added), then ACCEPTED
 * or DECLINED. At most one PENDING change per standard node: a newer change of the same node updates it.
 */
@Entity
@Table(name = "offering_incoming_change")
public class IncomingChange {

    /** What happened to the standard node. */
    public enum Kind {
        ADDED, CHANGED, REMOVED, MOVED
    }

    /** Where the change stands in the offering. */
    public enum Status {
        PENDING, ACCEPTED, DECLINED, APPLIED, SUPERSEDED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "offering_incoming_change_seq")
    @SequenceGenerator(name = "offering_incoming_change_seq", sequenceName = "offering_incoming_change_seq",
            allocationSize = 50)
    private Long id;

    @Column(name = "offering_id", nullable = false)
    private long offeringId;

    @Column(name = "origin_key", nullable = false)
    private UUID originKey;

    @Column(name = "offering_node_id")
    private Long offeringNodeId;

    @Enumerated(EnumType.STRING)
    @Column(name = "change_kind", nullable = false, length = 16)
    private Kind kind;

    @Column(name = "course_version", nullable = false)
    private int courseVersion;

    @Column(name = "standard_hash", length = 64)
    private String standardHash;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Status status;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    @Column(name = "decided_at")
    private LocalDateTime decidedAt;

    @Column(name = "decided_by")
    private Long decidedBy;

    protected IncomingChange() {
    }

    public IncomingChange(long offeringId, UUID originKey, Long offeringNodeId, Kind kind, int courseVersion,
            String standardHash, Status status) {
        this.offeringId = offeringId;
        this.originKey = Objects.requireNonNull(originKey, "originKey");
        this.offeringNodeId = offeringNodeId;
        this.kind = Objects.requireNonNull(kind, "kind");
        this.courseVersion = courseVersion;
        this.standardHash = standardHash;
        this.status = Objects.requireNonNull(status, "status");
        this.createdAt = LocalDateTime.now();
    }

    /** A newer change of the same standard node replaces what this pending one offered. */
    public void renew(Kind newKind, int newVersion, String newHash) {
        this.kind = newKind;
        this.courseVersion = newVersion;
        this.standardHash = newHash;
        this.createdAt = LocalDateTime.now();
    }

    /** The teacher's decision; only a PENDING change can be decided ({@link IllegalStateException}). */
    public void decide(boolean accept, long by) {
        if (status != Status.PENDING) {
            throw new IllegalStateException("change " + id + " is " + status);
        }
        this.status = accept ? Status.ACCEPTED : Status.DECLINED;
        this.decidedAt = LocalDateTime.now();
        this.decidedBy = by;
    }

    public void attachTo(long nodeId) {
        this.offeringNodeId = nodeId;
    }

    public boolean isPending() {
        return status == Status.PENDING;
    }

    public Long getId() {
        return id;
    }

    public long getOfferingId() {
        return offeringId;
    }

    public UUID getOriginKey() {
        return originKey;
    }

    public Long getOfferingNodeId() {
        return offeringNodeId;
    }

    public Kind getKind() {
        return kind;
    }

    public int getCourseVersion() {
        return courseVersion;
    }

    public String getStandardHash() {
        return standardHash;
    }

    public Status getStatus() {
        return status;
    }

    public LocalDateTime getCreatedAt() {
        return createdAt;
    }
}
