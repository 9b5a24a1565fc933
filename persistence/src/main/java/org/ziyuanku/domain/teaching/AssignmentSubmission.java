package org.ziyuanku.domain.teaching;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * A learner's submission to a homework (one per learner; a resubmission replaces text and files and counts up). The
 * teacher's score and comment, and the final score (the teacher's, the peers' aggregate, or an override) live here
 * too; {@code version} makes a grade saved over a newer state fail instead of overwriting it.
 */
@Entity
@Table(name = "assignment_submission")
public class AssignmentSubmission {

    public static final int MAX_TEXT = 50_000;
    public static final int MAX_COMMENT = 4000;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "assignment_submission_seq")
    @SequenceGenerator(name = "assignment_submission_seq", sequenceName = "assignment_submission_seq",
            allocationSize = 50)
    private Long id;

    @Column(name = "assignment_id", nullable = false)
    private long assignmentId;

    @Column(name = "learner_id", nullable = false)
    private long learnerId;

    @Column(name = "group_id")
    private Long groupId;

    @Column(length = MAX_TEXT)
    private String text;

    @ElementCollection
    @CollectionTable(name = "assignment_submission_file", joinColumns = @JoinColumn(name = "submission_id"))
    @OrderColumn(name = "position")
    private List<SubmissionFile> files = new ArrayList<>();

    @Column(name = "submitted_at", nullable = false)
    private LocalDateTime submittedAt;

    @Column(nullable = false)
    private boolean late;

    @Column(nullable = false)
    private int resubmissions;

    @Column(name = "teacher_score", precision = 8, scale = 2)
    private BigDecimal teacherScore;

    @Column(name = "teacher_comment", length = MAX_COMMENT)
    private String teacherComment;

    @Column(name = "graded_by")
    private Long gradedBy;

    @Column(name = "graded_at")
    private LocalDateTime gradedAt;

    @Column(name = "final_score", precision = 8, scale = 2)
    private BigDecimal finalScore;

    @Column(nullable = false)
    private boolean overridden;

    @Version
    private int version;

    protected AssignmentSubmission() {
    }

    public AssignmentSubmission(long assignmentId, long learnerId) {
        this.assignmentId = assignmentId;
        this.learnerId = learnerId;
        this.resubmissions = -1;
    }

    /** The submission of a group for group work, first made by {@code learnerId}, a member. */
    public AssignmentSubmission(long assignmentId, long learnerId, long groupId) {
        this(assignmentId, learnerId);
        this.groupId = groupId;
    }

    /** New text and files at {@code at}; the first submission counts 0 resubmissions. */
    public void submit(String newText, List<SubmissionFile> newFiles, LocalDateTime at, boolean isLate) {
        this.text = newText;
        this.files.clear();
        this.files.addAll(newFiles);
        this.submittedAt = at;
        this.late = isLate;
        this.resubmissions++;
    }

    /** The teacher's score and comment, and the final score that follows from it (unless overridden). */
    public void grade(BigDecimal score, String comment, long teacherId, BigDecimal resulting) {
        this.teacherScore = score;
        this.teacherComment = comment;
        this.gradedBy = teacherId;
        this.gradedAt = LocalDateTime.now();
        if (!overridden) {
            this.finalScore = resulting;
        }
    }

    /** The final score computed from peer reviews (unless overridden). */
    public void peerScore(BigDecimal resulting) {
        if (!overridden) {
            this.finalScore = resulting;
        }
    }

    /** The teacher's override of the final score, with an optional comment. */
    public void override(BigDecimal score, String comment, long teacherId) {
        this.finalScore = score;
        this.overridden = true;
        if (comment != null) {
            this.teacherComment = comment;
        }
        this.gradedBy = teacherId;
        this.gradedAt = LocalDateTime.now();
    }

    public Long getId() {
        return id;
    }

    public long getAssignmentId() {
        return assignmentId;
    }

    public long getLearnerId() {
        return learnerId;
    }

    public Long getGroupId() {
        return groupId;
    }

    public String getText() {
        return text;
    }

    public List<SubmissionFile> getFiles() {
        return List.copyOf(files);
    }

    public LocalDateTime getSubmittedAt() {
        return submittedAt;
    }

    public boolean isLate() {
        return late;
    }

    public int getResubmissions() {
        return resubmissions;
    }

    public BigDecimal getTeacherScore() {
        return teacherScore;
    }

    public String getTeacherComment() {
        return teacherComment;
    }

    public Long getGradedBy() {
        return gradedBy;
    }

    public LocalDateTime getGradedAt() {
        return gradedAt;
    }

    public BigDecimal getFinalScore() {
        return finalScore;
    }

    public boolean isOverridden() {
        return overridden;
    }

    public int getVersion() {
        return version;
    }
}
