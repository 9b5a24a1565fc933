package org.ziyuanku.domain.review;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import java.util.Objects;

/**
 * One step of a review, kept for good (资源审核责任可追溯): who (name, role, unit), when, at which level, what they
 * decided and why (overall and per field), and the SHA-256 of the exact content and metadata they had in front of
 * them. Immutable: no setters, and the table refuses UPDATE and DELETE.
 */
@Entity
@Table(name = "review_record")
@NamedQuery(name = "ReviewRecord.findBySubject", query = "select r from ReviewRecord r where r.subjectType = :type"
        + " and r.subjectId = :subject order by r.actedAt, r.id")
@NamedQuery(name = "ReviewRecord.findBySubmissions", query = "select r from ReviewRecord r"
        + " where r.submissionId in :submissions order by r.actedAt, r.id")
public class ReviewRecord {

    public static final int MAX_COMMENT = 2000;
    public static final int MAX_FIELD_REASONS = 4000;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "review_record_seq")
    @SequenceGenerator(name = "review_record_seq", sequenceName = "review_record_seq", allocationSize = 50)
    private Long id;

    @Column(name = "submission_id", nullable = false, updatable = false)
    private long submissionId;

    @Column(name = "subject_type", nullable = false, updatable = false, length = 16)
    private String subjectType;

    @Column(name = "subject_id", nullable = false, updatable = false)
    private long subjectId;

    @Column(name = "subject_version", nullable = false, updatable = false)
    private int subjectVersion;

    @Column(name = "level_no", nullable = false, updatable = false)
    private int levelNo;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 16)
    private ReviewAction action;

    @Column(name = "actor_username", nullable = false, updatable = false, length = 128)
    private String actorUsername;

    @Column(name = "actor_name", nullable = false, updatable = false, length = 128)
    private String actorName;

    @Column(name = "actor_role", nullable = false, updatable = false, length = 64)
    private String actorRole;

    @Column(name = "actor_unit", updatable = false, length = 200)
    private String actorUnit;

    @Column(name = "acted_at", nullable = false, updatable = false)
    private LocalDateTime actedAt;

    @Column(updatable = false, length = MAX_COMMENT)
    private String comment;

    @Column(name = "field_reasons", updatable = false, length = MAX_FIELD_REASONS)
    private String fieldReasons;

    @Column(name = "content_sha256", nullable = false, updatable = false, length = 64)
    private String contentSha256;

    @Column(name = "metadata_sha256", nullable = false, updatable = false, length = 64)
    private String metadataSha256;

    protected ReviewRecord() {
    }

    /**
     * The step {@code action} on the submission {@code submissionId} of {@code item} at {@code levelNo} (0 for the
     * author's and administrators' steps; submission 0 for an item published before tiered review), with the comment
     * and the per-field reasons as {@code field<TAB>reason} lines (either may be null).
     */
    public ReviewRecord(long submissionId, ReviewedItem item, int levelNo, ReviewAction action, ReviewActor actor,
            String comment, String fieldReasons) {
        this.submissionId = submissionId;
        this.subjectType = item.subjectType();
        this.subjectId = item.subjectId();
        this.subjectVersion = item.subjectVersion();
        this.contentSha256 = item.contentSha256();
        this.metadataSha256 = item.metadataSha256();
        this.levelNo = levelNo;
        this.action = Objects.requireNonNull(action, "action");
        this.actorUsername = actor.username();
        this.actorName = clip(actor.displayName(), 128);
        this.actorRole = actor.role();
        this.actorUnit = clip(actor.unit(), 200);
        this.actedAt = LocalDateTime.now();
        this.comment = clip(comment, MAX_COMMENT);
        this.fieldReasons = clip(fieldReasons, MAX_FIELD_REASONS);
    }

    private static String clip(String text, int max) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String t = text.strip();
        return t.length() > max ? t.substring(0, max) : t;
    }

    public Long getId() {
        return id;
    }

    public long getSubmissionId() {
        return submissionId;
    }

    public int getSubjectVersion() {
        return subjectVersion;
    }

    public int getLevelNo() {
        return levelNo;
    }

    public ReviewAction getAction() {
        return action;
    }

    public String getActorUsername() {
        return actorUsername;
    }

    public String getActorName() {
        return actorName;
    }

    public String getActorRole() {
        return actorRole;
    }

    public String getActorUnit() {
        return actorUnit;
    }

    public LocalDateTime getActedAt() {
        return actedAt;
    }

    public String getComment() {
        return comment;
    }

    public String getFieldReasons() {
        return fieldReasons;
    }

    public String getContentSha256() {
        return contentSha256;
    }

    public String getMetadataSha256() {
        return metadataSha256;
    }
}
