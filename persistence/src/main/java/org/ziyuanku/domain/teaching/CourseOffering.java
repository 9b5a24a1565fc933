package org.ziyuanku.domain.teaching;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Objects;
import org.ziyuanku.domain.system.PublicContent;

/**
 * An offering (开课) of a published standard course for one term by one teacher (its owner), at the owner's school.
 * Its outline is its own ({@link OfferingNode}); {@code syncedCourseVersion} says up to which version of the standard
 * course it has been brought in step. Published offerings are open to learners as the enrolment mode says; learners
 * of other schools and social learners only when {@code openToOutsiders}.
 */
@Entity
@EntityListeners(PublicContent.class)
@Table(name = "course_offering")
public class CourseOffering {

    public static final int MAX_TITLE = 200;
    public static final int MAX_TERM = 16;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "course_offering_seq")
    @SequenceGenerator(name = "course_offering_seq", sequenceName = "course_offering_seq", allocationSize = 50)
    private Long id;

    @Column(name = "course_id", nullable = false)
    private long courseId;

    @Column(name = "organisation_id")
    private Long organisationId;

    @Column(name = "owner_id", nullable = false)
    private long ownerId;

    @Column(name = "term_code", nullable = false, length = MAX_TERM)
    private String termCode;

    @Column(name = "starts_on", nullable = false)
    private LocalDate startsOn;

    @Column(name = "ends_on", nullable = false)
    private LocalDate endsOn;

    @Column(nullable = false, length = MAX_TITLE)
    private String title;

    @Column(name = "previous_offering_id")
    private Long previousOfferingId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private OfferingStatus status;

    @Enumerated(EnumType.STRING)
    @Column(name = "enrolment_mode", nullable = false, length = 16)
    private EnrolmentMode enrolmentMode;

    @Column(name = "open_to_outsiders", nullable = false)
    private boolean openToOutsiders;

    @Column(name = "synced_course_version", nullable = false)
    private int syncedCourseVersion;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    @Version
    private int version;

    protected CourseOffering() {
    }

    /** A DRAFT offering of the course at {@code courseVersion}, owned by {@code ownerId}. */
    public CourseOffering(long courseId, int courseVersion, long ownerId, Long organisationId, OfferingTerm term,
            Long previousOfferingId) {
        this.courseId = courseId;
        this.syncedCourseVersion = courseVersion;
        this.ownerId = ownerId;
        this.organisationId = organisationId;
        this.previousOfferingId = previousOfferingId;
        this.status = OfferingStatus.DRAFT;
        this.createdAt = LocalDateTime.now();
        describe(term);
    }

    /** Takes term, dates, title and enrolment rules (already checked by {@link OfferingTerm}). */
    public final void describe(OfferingTerm term) {
        Objects.requireNonNull(term, "term");
        this.termCode = term.termCode();
        this.startsOn = term.startsOn();
        this.endsOn = term.endsOn();
        this.title = term.title();
        this.enrolmentMode = term.enrolmentMode();
        this.openToOutsiders = term.openToOutsiders();
    }

    /** Opens a DRAFT offering to learners; {@link IllegalStateException} once CLOSED. */
    public void publish() {
        if (status == OfferingStatus.CLOSED) {
            throw new IllegalStateException("offering " + id + " is closed");
        }
        status = OfferingStatus.PUBLISHED;
    }

    public void close() {
        status = OfferingStatus.CLOSED;
    }

    /** Records that the outline is in step with that version of the standard course. */
    public void syncedTo(int courseVersion) {
        this.syncedCourseVersion = Math.max(syncedCourseVersion, courseVersion);
    }

    public boolean isPublished() {
        return status == OfferingStatus.PUBLISHED;
    }

    public boolean isClosed() {
        return status == OfferingStatus.CLOSED;
    }

    public Long getId() {
        return id;
    }

    public long getCourseId() {
        return courseId;
    }

    public Long getOrganisationId() {
        return organisationId;
    }

    public long getOwnerId() {
        return ownerId;
    }

    public String getTermCode() {
        return termCode;
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public LocalDate getEndsOn() {
        return endsOn;
    }

    public String getTitle() {
        return title;
    }

    public Long getPreviousOfferingId() {
        return previousOfferingId;
    }

    public OfferingStatus getStatus() {
        return status;
    }

    public EnrolmentMode getEnrolmentMode() {
        return enrolmentMode;
    }

    public boolean isOpenToOutsiders() {
        return openToOutsiders;
    }

    public int getSyncedCourseVersion() {
        return syncedCourseVersion;
    }
}
