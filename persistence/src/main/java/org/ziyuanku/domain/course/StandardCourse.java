package org.ziyuanku.domain.course;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.Objects;
import org.ziyuanku.domain.system.PublicContent;

/**
 * A standard course (标准化课程) of a library, led by its course-team lead. It is reviewed as subject type COURSE; a
 * published course is changed through a revision row ({@link #getRevisionOf()}) that is merged back when published,
 * so the published course keeps its id, its node ids and node keys.
 */
@Entity
@EntityListeners(PublicContent.class)
@Table(name = "standard_course")
public class StandardCourse {

    public static final int MAX_NAME = 200;
    public static final int MAX_CODE = 32;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "standard_course_seq")
    @SequenceGenerator(name = "standard_course_seq", sequenceName = "standard_course_seq", allocationSize = 50)
    private Long id;

    @Column(name = "library_id", nullable = false)
    private long libraryId;

    @Column(nullable = false, length = MAX_CODE)
    private String code;

    @Column(nullable = false, length = MAX_NAME)
    private String name;

    @Column(name = "major_id")
    private Long majorId;

    @Column(precision = 5, scale = 1)
    private BigDecimal hours;

    @Column(precision = 3, scale = 1)
    private BigDecimal credits;

    @Column(columnDefinition = "text")
    private String introduction;

    @Column(columnDefinition = "text")
    private String objectives;

    @Column(name = "standard_text", columnDefinition = "text")
    private String standardText;

    @Column(name = "cover_sha256", length = 64)
    private String coverSha256;

    @Enumerated(EnumType.STRING)
    @Column(name = "portal_template", nullable = false, length = 16)
    private CoursePortalTemplate portalTemplate = CoursePortalTemplate.CLASSIC;

    @Column(name = "owner_unit_id")
    private Long ownerUnitId;

    @Column(name = "lead_id", nullable = false)
    private long leadId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private CourseStatus status = CourseStatus.DRAFT;

    @Column(name = "course_version", nullable = false)
    private int courseVersion = 1;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "revision_of_id")
    private StandardCourse revisionOf;

    @Column(name = "created_by", nullable = false)
    private long createdBy;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    private LocalDateTime updatedAt;

    @Column(name = "published_at")
    private LocalDateTime publishedAt;

    @Version
    private int version;

    protected StandardCourse() {
    }

    /** A draft course of the library; {@code leadId} leads it, {@code ownerUnitId} is its contributing unit. */
    public StandardCourse(long libraryId, String code, String name, Long ownerUnitId, long leadId, long createdBy) {
        this.libraryId = libraryId;
        this.code = required(code, MAX_CODE, "code");
        this.name = required(name, MAX_NAME, "name");
        this.ownerUnitId = ownerUnitId;
        this.leadId = leadId;
        this.createdBy = createdBy;
        this.createdAt = LocalDateTime.now();
        this.updatedAt = createdAt;
    }

    /** The course's attributes anew (its code stays). */
    public void describe(String newName, Long newMajorId, BigDecimal newHours, BigDecimal newCredits,
            String newIntroduction, String newObjectives, String newStandardText) {
        this.name = required(newName, MAX_NAME, "name");
        this.majorId = newMajorId;
        this.hours = within(newHours, "9999.9", "hours");
        this.credits = within(newCredits, "99.9", "credits");
        this.introduction = newIntroduction;
        this.objectives = newObjectives;
        this.standardText = newStandardText;
        touch();
    }

    public void chooseTemplate(CoursePortalTemplate template) {
        this.portalTemplate = Objects.requireNonNull(template, "template");
        touch();
    }

    public void setCover(String sha256) {
        this.coverSha256 = sha256;
        touch();
    }

    /** Whether the team may change it now: not while it is under review. */
    public boolean isEditable() {
        return status != CourseStatus.IN_REVIEW;
    }

    public void submitForReview() {
        if (status == CourseStatus.IN_REVIEW || status == CourseStatus.PUBLISHED && revisionOf == null) {
            throw new IllegalStateException("course " + id + " cannot be submitted from " + status);
        }
        status = CourseStatus.IN_REVIEW;
        touch();
    }

    /** Back from review: returned by a reviewer ({@code rejected}) or withdrawn by its author. */
    public void leaveReview(boolean rejected) {
        status = rejected ? CourseStatus.REJECTED : CourseStatus.WITHDRAWN;
        touch();
    }

    public void publish() {
        status = CourseStatus.PUBLISHED;
        publishedAt = LocalDateTime.now();
        touch();
    }

    public void takeDown() {
        status = CourseStatus.TAKEN_DOWN;
        touch();
    }

    /** A new version of this published course: a draft copy of its attributes (the nodes are copied by the caller). */
    public StandardCourse newRevision(long editorId) {
        if (status != CourseStatus.PUBLISHED || revisionOf != null) {
            throw new IllegalStateException("only a published course gets a new version");
        }
        StandardCourse revision = new StandardCourse(libraryId, code, name, ownerUnitId, leadId, editorId);
        revision.describe(name, majorId, hours, credits, introduction, objectives, standardText);
        revision.portalTemplate = portalTemplate;
        revision.coverSha256 = coverSha256;
        revision.courseVersion = courseVersion + 1;
        revision.revisionOf = this;
        return revision;
    }

    /** Takes over the approved revision's attributes as the next version (the outline is merged by the caller). */
    public void adopt(StandardCourse revision) {
        if (revision.revisionOf == null || revision.revisionOf != this
                && (id == null || !id.equals(revision.revisionOf.getId()))) {
            throw new IllegalArgumentException("not a revision of course " + id);
        }
        describe(revision.name, revision.majorId, revision.hours, revision.credits, revision.introduction,
                revision.objectives, revision.standardText);
        this.portalTemplate = revision.portalTemplate;
        this.coverSha256 = revision.coverSha256;
        this.courseVersion++;
        publish();
    }

    /** Visible to anonymous visitors and other schools: published, and not a pending revision. */
    public boolean isPublic() {
        return status == CourseStatus.PUBLISHED && revisionOf == null;
    }

    private static String required(String value, int max, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(what + " is required");
        }
        String trimmed = value.strip();
        if (trimmed.length() > max) {
            throw new IllegalArgumentException(what + " is longer than " + max);
        }
        return trimmed;
    }

    private static BigDecimal within(BigDecimal value, String max, String what) {
        if (value != null && (value.signum() < 0 || value.compareTo(new BigDecimal(max)) > 0)) {
            throw new IllegalArgumentException(what + " must be between 0 and " + max);
        }
        return value;
    }

    private void touch() {
        updatedAt = LocalDateTime.now();
    }

    public Long getId() {
        return id;
    }

    public long getLibraryId() {
        return libraryId;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public Long getMajorId() {
        return majorId;
    }

    public BigDecimal getHours() {
        return hours;
    }

    public BigDecimal getCredits() {
        return credits;
    }

    public String getIntroduction() {
        return introduction;
    }

    public String getObjectives() {
        return objectives;
    }

    public String getStandardText() {
        return standardText;
    }

    public String getCoverSha256() {
        return coverSha256;
    }

    public CoursePortalTemplate getPortalTemplate() {
        return portalTemplate;
    }

    public Long getOwnerUnitId() {
        return ownerUnitId;
    }

    public long getLeadId() {
        return leadId;
    }

    public CourseStatus getStatus() {
        return status;
    }

    public int getCourseVersion() {
        return courseVersion;
    }

    public StandardCourse getRevisionOf() {
        return revisionOf;
    }

    public long getCreatedBy() {
        return createdBy;
    }

    public LocalDateTime getCreatedAt() {
        return createdAt;
    }

    public LocalDateTime getUpdatedAt() {
        return updatedAt;
    }

    public LocalDateTime getPublishedAt() {
        return publishedAt;
    }

    public int getVersion() {
        return version;
    }
}
