package org.ziyuanku.domain.learning;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/** Where "continue" (继续学习) takes a learner back to in an offering: the last item, part and position. */
@Entity
@Table(name = "learning_resume")
public class LearningResume {

    @Id
    @Column(name = "enrolment_id")
    private long enrolmentId;

    @Column(name = "offering_node_id", nullable = false)
    private long offeringNodeId;

    @Column(name = "part_id", nullable = false)
    private long partId;

    @Column(name = "position_ms", nullable = false)
    private long positionMs;

    @Column(name = "updated_at", nullable = false)
    private LocalDateTime updatedAt;

    protected LearningResume() {
    }

    /** The target of an enrolment, at the item, part and position. */
    public LearningResume(long enrolmentId, long nodeId, long part, long position, LocalDateTime now) {
        this.enrolmentId = enrolmentId;
        moveTo(nodeId, part, position, now);
    }

    /** Moves the target to the item, part and position. */
    public void moveTo(long nodeId, long part, long position, LocalDateTime now) {
        this.offeringNodeId = nodeId;
        this.partId = part;
        this.positionMs = Math.max(0, position);
        this.updatedAt = now;
    }

    public long getEnrolmentId() {
        return enrolmentId;
    }

    public long getOfferingNodeId() {
        return offeringNodeId;
    }

    public long getPartId() {
        return partId;
    }

    public long getPositionMs() {
        return positionMs;
    }

    public LocalDateTime getUpdatedAt() {
        return updatedAt;
    }
}
