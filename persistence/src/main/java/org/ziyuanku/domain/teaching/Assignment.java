package org.ziyuanku.domain.teaching;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * A homework (作业) of an offering, for one of its classes or (class null) all of them: staff write it as a DRAFT,
 * publish it to the learners, who submit from {@code opensAt} and resubmit until {@code dueAt}; after that the late
 * policy decides. Graded by the teacher, or by peers against the rubric ({@code peerCount} reviews per submission).
 */
@Entity
@Table(name = "assignment")
public class Assignment extends OfferingPost {

    public static final int MAX_TITLE = 200;
    public static final int MAX_INSTRUCTIONS = 20_000;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "assignment_seq")
    @SequenceGenerator(name = "assignment_seq", sequenceName = "assignment_seq", allocationSize = 50)
    private Long id;

    @Column(nullable = false, length = MAX_TITLE)
    private String title;

    @Column(nullable = false, length = MAX_INSTRUCTIONS)
    private String instructions;

    @Column(name = "opens_at", nullable = false)
    private LocalDateTime opensAt;

    @Column(name = "due_at", nullable = false)
    private LocalDateTime dueAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "late_policy", nullable = false, length = 24)
    private LatePolicy latePolicy;

    @Column(name = "late_penalty_pct", nullable = false)
    private int latePenaltyPercent;

    @Column(name = "max_points", nullable = false)
    private int maxPoints;

    @Enumerated(EnumType.STRING)
    @Column(name = "submission_kinds", nullable = false, length = 8)
    private SubmissionKinds kinds;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 8)
    private GradingMode grading;

    @Column(name = "peer_count", nullable = false)
    private int peerCount;

    @ElementCollection
    @CollectionTable(name = "assignment_criterion", joinColumns = @JoinColumn(name = "assignment_id"))
    @OrderColumn(name = "position")
    private List<RubricCriterion> rubric = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 8)
    private PeerAggregation aggregation;

    @Column(name = "no_review_penalty", nullable = false)
    private int noReviewPenalty;

    @Column(name = "group_work", nullable = false)
    private boolean groupWork;

    @Column(name = "peers_assigned_at")
    private LocalDateTime peersAssignedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private AssignmentStatus status;

    @Column(name = "updated_at", nullable = false)
    private LocalDateTime updatedAt;

    protected Assignment() {
    }

    public Assignment(long offeringId, Long classId, long authorId, AssignmentSettings settings) {
        super(offeringId, classId, authorId);
        this.status = AssignmentStatus.DRAFT;
        change(settings);
    }

    /** New settings; the rubric is replaced. */
    public final void change(AssignmentSettings s) {
        this.title = s.title();
        this.instructions = s.instructions();
        this.opensAt = s.opensAt();
        this.dueAt = s.dueAt();
        this.latePolicy = s.latePolicy();
        this.latePenaltyPercent = s.latePenaltyPercent();
        this.maxPoints = s.maxPoints();
        this.kinds = s.kinds();
        this.grading = s.grading();
        this.peerCount = s.peerCount();
        this.rubric.clear();
        this.rubric.addAll(s.rubric());
        this.aggregation = s.aggregation();
        this.noReviewPenalty = s.noReviewPenalty();
        this.updatedAt = LocalDateTime.now();
    }

    public void publish() {
        this.status = AssignmentStatus.PUBLISHED;
        this.updatedAt = LocalDateTime.now();
    }

    /** Marks the homework as group work (分组任务): one submission per group, graded once. */
    public void groupWork(boolean on) {
        this.groupWork = on;
        this.updatedAt = LocalDateTime.now();
    }

    /** Records when peer reviews were first handed out. */
    public void peersAssigned(LocalDateTime at) {
        if (peersAssignedAt == null) {
            this.peersAssignedAt = at;
        }
    }

    /** Whether a submission at {@code at} is after the due time. */
    public boolean isLate(LocalDateTime at) {
        return at.isAfter(dueAt);
    }

    public Long getId() {
        return id;
    }

    public String getTitle() {
        return title;
    }

    public String getInstructions() {
        return instructions;
    }

    public LocalDateTime getOpensAt() {
        return opensAt;
    }

    public LocalDateTime getDueAt() {
        return dueAt;
    }

    public LatePolicy getLatePolicy() {
        return latePolicy;
    }

    public int getLatePenaltyPercent() {
        return latePenaltyPercent;
    }

    public int getMaxPoints() {
        return maxPoints;
    }

    public SubmissionKinds getKinds() {
        return kinds;
    }

    public GradingMode getGrading() {
        return grading;
    }

    public int getPeerCount() {
        return peerCount;
    }

    public List<RubricCriterion> getRubric() {
        return List.copyOf(rubric);
    }

    public PeerAggregation getAggregation() {
        return aggregation;
    }

    public int getNoReviewPenalty() {
        return noReviewPenalty;
    }

    public boolean isGroupWork() {
        return groupWork;
    }

    public LocalDateTime getPeersAssignedAt() {
        return peersAssignedAt;
    }

    public AssignmentStatus getStatus() {
        return status;
    }

    public LocalDateTime getUpdatedAt() {
        return updatedAt;
    }
}
