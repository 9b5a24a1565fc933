package org.ziyuanku.domain.gradebook;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDateTime;

/**
 * The weights (integers 0–100 that sum to 100) of an offering's grade categories and the participation target (the
 * number of discussion posts worth full marks). Optimistically locked: a save on a stale version is refused.
 */
@Entity
@Table(name = "grade_weights")
public class GradeWeights {

    @Id
    @Column(name = "offering_id")
    private long offeringId;

    @Column(name = "progress_weight")
    private int progress;

    @Column(name = "homework_weight")
    private int homework;

    @Column(name = "discussion_weight")
    private int discussion;

    @Column(name = "exam_weight")
    private int exam;

    @Column(name = "discussion_target")
    private int discussionTarget;

    @Column(name = "updated_by")
    private Long updatedBy;

    @Column(name = "updated_at")
    private LocalDateTime updatedAt;

    @Version
    private int version;

    protected GradeWeights() {
    }

    public GradeWeights(long offeringId) {
        this.offeringId = offeringId;
    }

    /** New weights and target, by the account given; the caller checked that the weights sum to 100. */
    public void change(int[] weights, int target, Long account) {
        this.progress = weights[0];
        this.homework = weights[1];
        this.discussion = weights[2];
        this.exam = weights[3];
        this.discussionTarget = target;
        this.updatedBy = account;
        this.updatedAt = LocalDateTime.now();
    }

    public long getOfferingId() {
        return offeringId;
    }

    public int getProgress() {
        return progress;
    }

    public int getHomework() {
        return homework;
    }

    public int getDiscussion() {
        return discussion;
    }

    public int getExam() {
        return exam;
    }

    public int getDiscussionTarget() {
        return discussionTarget;
    }

    public Long getUpdatedBy() {
        return updatedBy;
    }

    public LocalDateTime getUpdatedAt() {
        return updatedAt;
    }

    public int getVersion() {
        return version;
    }
}
