package org.ziyuanku.domain.learning;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/**
 * A certificate of a completed course (结业证书): one per enrolment, with the learner's name, the course (offering)
 * title and the library's name as they were when issued, and the random code its public verification link carries.
 */
@Entity
@Table(name = "course_certificate")
public class CourseCertificate {

    public static final int CODE_LENGTH = 16;
    public static final int MAX_NAME = 100;
    public static final int MAX_TITLE = 200;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "course_certificate_seq")
    @SequenceGenerator(name = "course_certificate_seq", sequenceName = "course_certificate_seq", allocationSize = 50)
    private Long id;

    @Column(nullable = false, length = CODE_LENGTH)
    private String code;

    @Column(name = "enrolment_id", nullable = false)
    private long enrolmentId;

    @Column(name = "learner_id", nullable = false)
    private long learnerId;

    @Column(name = "offering_id", nullable = false)
    private long offeringId;

    @Column(name = "learner_name", nullable = false, length = MAX_NAME)
    private String learnerName;

    @Column(name = "course_title", nullable = false, length = MAX_TITLE)
    private String courseTitle;

    @Column(name = "library_name", nullable = false, length = MAX_TITLE)
    private String libraryName;

    @Column(name = "issued_at", nullable = false)
    private LocalDateTime issuedAt;

    protected CourseCertificate() {
    }

    /** A certificate issued now; names longer than their columns are cut. */
    public CourseCertificate(String code, long enrolmentId, long learnerId, long offeringId, String learnerName,
            String courseTitle, String libraryName) {
        this.code = code;
        this.enrolmentId = enrolmentId;
        this.learnerId = learnerId;
        this.offeringId = offeringId;
        this.learnerName = cut(learnerName, MAX_NAME);
        this.courseTitle = cut(courseTitle, MAX_TITLE);
        this.libraryName = cut(libraryName, MAX_TITLE);
        this.issuedAt = LocalDateTime.now();
    }

    private static String cut(String text, int max) {
        String value = text == null ? "" : text;
        return value.length() > max ? value.substring(0, max) : value;
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public long getEnrolmentId() {
        return enrolmentId;
    }

    public long getLearnerId() {
        return learnerId;
    }

    public long getOfferingId() {
        return offeringId;
    }

    public String getLearnerName() {
        return learnerName;
    }

    public String getCourseTitle() {
        return courseTitle;
    }

    public String getLibraryName() {
        return libraryName;
    }

    public LocalDateTime getIssuedAt() {
        return issuedAt;
    }
}
