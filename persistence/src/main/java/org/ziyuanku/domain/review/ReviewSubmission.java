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
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.ziyuanku.domain.identity.UserAccount;

/**
 * One version of an item sent for review. It passes the library's levels in order, one open {@link ReviewTask} at a
 * time; no level is skipped, the last approval publishes, a rejection at any level returns it to the author, and the
 * author may withdraw it while it is open. The levels' rules are fixed at submission, so a policy changed meanwhile
 * does not change what is already under review.
 */
@Entity
@Table(name = "review_submission")
@NamedQuery(name = "ReviewSubmission.findBySubject", query = "select s from ReviewSubmission s"
        + " where s.subjectType = :type and s.subjectId = :subject order by s.submittedAt desc, s.id desc")
@NamedQuery(name = "ReviewSubmission.findByAuthor", query = "select s from ReviewSubmission s"
        + " where s.author.id = :author order by s.submittedAt desc, s.id desc")
public class ReviewSubmission {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "review_submission_seq")
    @SequenceGenerator(name = "review_submission_seq", sequenceName = "review_submission_seq", allocationSize = 50)
    private Long id;

    @Column(name = "subject_type", nullable = false, length = 16)
    private String subjectType;

    @Column(name = "subject_id", nullable = false)
    private long subjectId;

    @Column(name = "revision_id")
    private Long revisionId;

    @Column(name = "subject_version", nullable = false)
    private int subjectVersion;

    @Column(name = "library_id", nullable = false)
    private long libraryId;

    @Column(name = "unit_id")
    private Long unitId;

    @Column(name = "host_unit_id")
    private Long hostUnitId;

    @Column(length = 16)
    private String kind;

    @Column(length = 128)
    private String course;

    @Column(name = "owner_id", nullable = false)
    private long ownerId;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "author_id", nullable = false)
    private UserAccount author;

    @Column(nullable = false, length = 300)
    private String title;

    @Column(name = "level_rules", nullable = false, length = 120)
    private String levelRules;

    @Column(name = "current_level", nullable = false)
    private int currentLevel = 1;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private ReviewSubmissionStatus status = ReviewSubmissionStatus.IN_REVIEW;

    @Column(name = "content_sha256", nullable = false, length = 64)
    private String contentSha256;

    @Column(name = "metadata_sha256", nullable = false, length = 64)
    private String metadataSha256;

    @Column(name = "flagged_words", length = 1000)
    private String flaggedWords;

    @Column(name = "submitted_at", nullable = false)
    private LocalDateTime submittedAt;

    @Column(name = "closed_at")
    private LocalDateTime closedAt;

    @Version
    private int version;

    protected ReviewSubmission() {
    }

    public ReviewSubmission(ReviewedItem item, UserAccount author, List<ReviewerRule> rules, List<String> flagged) {
        if (rules.isEmpty() || rules.size() > ReviewLevel.MAX_LEVELS) {
            throw new IllegalArgumentException("a review has 1 to " + ReviewLevel.MAX_LEVELS + " levels: " + rules);
        }
        this.subjectType = item.subjectType();
        this.subjectId = item.subjectId();
        this.revisionId = item.revisionId();
        this.subjectVersion = item.subjectVersion();
        this.libraryId = item.libraryId();
        this.unitId = item.unitId();
        this.hostUnitId = item.hostUnitId();
        this.kind = item.kind();
        this.course = item.course() == null || item.course().length() <= 128 ? item.course()
                : item.course().substring(0, 128);
        this.ownerId = item.ownerId();
        this.title = item.title().length() > 300 ? item.title().substring(0, 300) : item.title();
        this.contentSha256 = item.contentSha256();
        this.metadataSha256 = item.metadataSha256();
        this.author = Objects.requireNonNull(author, "author");
        this.levelRules = String.join(",", rules.stream().map(Enum::name).toList());
        String words = String.join("、", flagged);
        this.flaggedWords = words.isEmpty() ? null : words.length() > 1000 ? words.substring(0, 1000) : words;
        this.submittedAt = LocalDateTime.now();
    }

    /** The task of the first level, to be stored with the submission. */
    public ReviewTask firstTask() {
        return new ReviewTask(this, 1, rules().get(0));
    }

    /**
     * Closes {@code task} as approved; answers the next level's task, or null when this was the last level and the
     * submission is now published.
     *
     * @throws IllegalStateException when the task is not this submission's open task of its current level
     */
    public ReviewTask approve(ReviewTask task, String by) {
        requireCurrent(task);
        task.close(ReviewTaskStatus.APPROVED, by);
        if (currentLevel == levelCount()) {
            close(ReviewSubmissionStatus.PUBLISHED);
            return null;
        }
        currentLevel++;
        return new ReviewTask(this, currentLevel, rules().get(currentLevel - 1));
    }

    /** Closes {@code task} as rejected and returns the submission to its author. */
    public void reject(ReviewTask task, String by) {
        requireCurrent(task);
        task.close(ReviewTaskStatus.REJECTED, by);
        close(ReviewSubmissionStatus.REJECTED);
    }

    /** The author takes the submission back before a decision on its open task. */
    public void withdraw(ReviewTask task, String by) {
        requireCurrent(task);
        task.close(ReviewTaskStatus.WITHDRAWN, by);
        close(ReviewSubmissionStatus.WITHDRAWN);
    }

    /** An administrator takes the published version down. */
    public void takeDown() {
        requireStatus(ReviewSubmissionStatus.PUBLISHED);
        close(ReviewSubmissionStatus.TAKEN_DOWN);
    }

    /** A newer version was published in its place. */
    public void supersede() {
        requireStatus(ReviewSubmissionStatus.PUBLISHED);
        this.status = ReviewSubmissionStatus.SUPERSEDED;
    }

    private void requireCurrent(ReviewTask task) {
        requireStatus(ReviewSubmissionStatus.IN_REVIEW);
        if (!Objects.equals(task.getSubmission().getId(), id) || task.getLevelNo() != currentLevel || !task.isOpen()) {
            throw new IllegalStateException("not the open task of level " + currentLevel + " of submission " + id);
        }
    }

    private void requireStatus(ReviewSubmissionStatus expected) {
        if (status != expected) {
            throw new IllegalStateException("submission " + id + " is " + status + ", not " + expected);
        }
    }

    private void close(ReviewSubmissionStatus outcome) {
        this.status = outcome;
        this.closedAt = LocalDateTime.now();
    }

    /** The levels' rules, level 1 first. */
    public List<ReviewerRule> rules() {
        return Arrays.stream(levelRules.split(",")).map(ReviewerRule::valueOf).toList();
    }

    public int levelCount() {
        return rules().size();
    }

    /** The facts of what was submitted. */
    public ReviewedItem item() {
        return new ReviewedItem(subjectType, subjectId, revisionId, subjectVersion, libraryId, unitId, hostUnitId,
                ownerId, title, kind, course, contentSha256, metadataSha256);
    }

    public Long getId() {
        return id;
    }

    public UserAccount getAuthor() {
        return author;
    }

    public int getCurrentLevel() {
        return currentLevel;
    }

    public ReviewSubmissionStatus getStatus() {
        return status;
    }

    public String getFlaggedWords() {
        return flaggedWords;
    }

    public LocalDateTime getSubmittedAt() {
        return submittedAt;
    }

    public LocalDateTime getClosedAt() {
        return closedAt;
    }

    public int getVersion() {
        return version;
    }
}
