package org.ziyuanku.domain.review;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDateTime;
import java.util.Objects;

/**
 * The work of one level on one submission (as DSpace's pooled task): open for every reviewer the level's rule admits
 * until one of them decides, or the author withdraws the submission. Optimistic locking makes two reviewers deciding
 * at once end with exactly one decision.
 */
@Entity
@Table(name = "review_task")
@NamedQuery(name = "ReviewTask.findOpenBySubmission", query = "select t from ReviewTask t"
        + " where t.submission = :submission and t.status = org.ziyuanku.domain.review.ReviewTaskStatus.OPEN")
public class ReviewTask {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "review_task_seq")
    @SequenceGenerator(name = "review_task_seq", sequenceName = "review_task_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "submission_id", nullable = false)
    private ReviewSubmission submission;

    @Column(name = "level_no", nullable = false)
    private int levelNo;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private ReviewerRule rule;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private ReviewTaskStatus status = ReviewTaskStatus.OPEN;

    @Column(name = "opened_at", nullable = false)
    private LocalDateTime openedAt;

    @Column(name = "decided_at")
    private LocalDateTime decidedAt;

    @Column(name = "decided_by", length = 128)
    private String decidedBy;

    @Version
    private int version;

    protected ReviewTask() {
    }

    ReviewTask(ReviewSubmission submission, int levelNo, ReviewerRule rule) {
        this.submission = Objects.requireNonNull(submission, "submission");
        this.levelNo = levelNo;
        this.rule = Objects.requireNonNull(rule, "rule");
        this.openedAt = LocalDateTime.now();
    }

    void close(ReviewTaskStatus outcome, String by) {
        if (status != ReviewTaskStatus.OPEN) {
            throw new IllegalStateException("review task " + id + " is already " + status);
        }
        this.status = outcome;
        this.decidedBy = by;
        this.decidedAt = LocalDateTime.now();
    }

    public boolean isOpen() {
        return status == ReviewTaskStatus.OPEN;
    }

    public Long getId() {
        return id;
    }

    public ReviewSubmission getSubmission() {
        return submission;
    }

    public int getLevelNo() {
        return levelNo;
    }

    public ReviewerRule getRule() {
        return rule;
    }

    public ReviewTaskStatus getStatus() {
        return status;
    }

    public LocalDateTime getOpenedAt() {
        return openedAt;
    }

    public int getVersion() {
        return version;
    }
}
