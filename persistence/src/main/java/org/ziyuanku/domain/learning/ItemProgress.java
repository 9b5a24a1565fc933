package org.ziyuanku.domain.learning;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/**
 * A learner's progress on one part of an item (学习进度): the covered seconds of a clip (or the visible seconds of a
 * document), the seconds that complete it, time spent and the last position. COMPLETED is derived from the covered
 * seconds and is sticky: {@code completed_at} is never reset.
 */
@Entity
@Table(name = "item_progress")
@IdClass(ItemProgressId.class)
public class ItemProgress {

    public static final String STARTED = "STARTED";
    public static final String COMPLETED = "COMPLETED";

    @Id
    @Column(name = "enrolment_id")
    private long enrolmentId;

    @Id
    @Column(name = "offering_node_id")
    private long offeringNodeId;

    @Id
    @Column(name = "part_id")
    private long partId;

    @Column(nullable = false, columnDefinition = "text")
    private String covered = "";

    @Column(name = "covered_s", nullable = false)
    private int coveredSeconds;

    @Column(name = "required_s", nullable = false)
    private int requiredSeconds;

    @Column(name = "time_spent_ms", nullable = false)
    private long timeSpentMs;

    @Column(name = "last_position_ms", nullable = false)
    private long lastPositionMs;

    @Column(nullable = false, length = 16)
    private String status = STARTED;

    @Column(name = "completed_at")
    private LocalDateTime completedAt;

    @Column(name = "updated_at", nullable = false)
    private LocalDateTime updatedAt;

    protected ItemProgress() {
    }

    public ItemProgress(long enrolmentId, long offeringNodeId, long partId, int requiredSeconds, LocalDateTime now) {
        this.enrolmentId = enrolmentId;
        this.offeringNodeId = offeringNodeId;
        this.partId = partId;
        this.requiredSeconds = Math.max(1, requiredSeconds);
        this.updatedAt = now;
    }

    public CoveredIntervals coveredIntervals() {
        return CoveredIntervals.parse(covered);
    }

    /**
     * Records a credited beat of a clip: the covered seconds, time spent and position; completes the item once the
     * covered seconds reach the required ones (the required ones).
     */
    public void creditMedia(Credit credit, LocalDateTime now) {
        this.covered = credit.covered().toString();
        this.coveredSeconds = (int) credit.covered().seconds();
        spent(credit.timeSpentMs(), credit.positionMs(), now);
    }

    /** Records a document beat: visible time counts towards the minimum time (whole seconds, rounded down). */
    public void creditDocument(Credit credit, LocalDateTime now) {
        long visible = coveredSeconds * 1000L + credit.visibleMs();
        this.coveredSeconds = (int) Math.min(Integer.MAX_VALUE, visible / 1000);
        spent(credit.timeSpentMs(), lastPositionMs, now);
    }

    /**
     * Sets the seconds that complete the item as the resource is now (a new version may change its duration; the
     * covered seconds stay, and a completion stays).
     */
    public void requireSeconds(int required) {
        this.requiredSeconds = Math.max(1, required);
    }

    private void spent(long timeMs, long positionMs, LocalDateTime now) {
        this.timeSpentMs += timeMs;
        this.lastPositionMs = positionMs;
        this.updatedAt = now;
        if (coveredSeconds >= requiredSeconds && completedAt == null) {
            this.status = COMPLETED;
            this.completedAt = now;
        }
    }

    /** The share completed, 0–100. */
    public int percent() {
        return completedAt != null ? 100 : (int) Math.min(100, 100L * coveredSeconds / Math.max(1, requiredSeconds));
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

    public String getCovered() {
        return covered;
    }

    public int getCoveredSeconds() {
        return coveredSeconds;
    }

    public int getRequiredSeconds() {
        return requiredSeconds;
    }

    public long getTimeSpentMs() {
        return timeSpentMs;
    }

    public long getLastPositionMs() {
        return lastPositionMs;
    }

    public String getStatus() {
        return status;
    }

    public LocalDateTime getCompletedAt() {
        return completedAt;
    }
}
