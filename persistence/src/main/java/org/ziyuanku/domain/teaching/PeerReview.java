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
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * One peer review (互评) a learner owes: another learner's submission to grade against the rubric. Until it is done
 * it has no scores; the scores are kept per criterion, in rubric order, and summed into {@code total}.
 */
@Entity
@Table(name = "peer_review")
public class PeerReview {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "peer_review_seq")
    @SequenceGenerator(name = "peer_review_seq", sequenceName = "peer_review_seq", allocationSize = 50)
    private Long id;

    @Column(name = "submission_id", nullable = false)
    private long submissionId;

    @Column(name = "reviewer_id", nullable = false)
    private long reviewerId;

    @Column(length = 400)
    private String scores;

    private Integer total;

    @Column(length = AssignmentSubmission.MAX_COMMENT)
    private String comment;

    @Column(name = "assigned_at", nullable = false)
    private LocalDateTime assignedAt;

    @Column(name = "done_at")
    private LocalDateTime doneAt;

    @Version
    private int version;

    protected PeerReview() {
    }

    public PeerReview(long submissionId, long reviewerId) {
        this.submissionId = submissionId;
        this.reviewerId = reviewerId;
        this.assignedAt = LocalDateTime.now();
    }

    /** The scores per criterion (checked by the service) and the comment; a second time replaces them. */
    public void complete(List<Integer> criterionScores, String newComment) {
        this.scores = criterionScores.stream().map(String::valueOf).collect(Collectors.joining(","));
        this.total = criterionScores.stream().mapToInt(Integer::intValue).sum();
        this.comment = newComment;
        this.doneAt = LocalDateTime.now();
    }

    public Long getId() {
        return id;
    }

    public long getSubmissionId() {
        return submissionId;
    }

    public long getReviewerId() {
        return reviewerId;
    }

    /** The scores per criterion, in rubric order; empty until done. */
    public List<Integer> getScores() {
        return scores == null || scores.isEmpty() ? List.of()
                : Arrays.stream(scores.split(",")).map(Integer::valueOf).toList();
    }

    public Integer getTotal() {
        return total;
    }

    public String getComment() {
        return comment;
    }

    public LocalDateTime getAssignedAt() {
        return assignedAt;
    }

    public LocalDateTime getDoneAt() {
        return doneAt;
    }

    public boolean isDone() {
        return doneAt != null;
    }

    public int getVersion() {
        return version;
    }
}
