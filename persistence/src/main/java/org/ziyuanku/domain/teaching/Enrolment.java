package org.ziyuanku.domain.teaching;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDateTime;
import java.util.Objects;

/**
 * A learner in a class of an offering: ACTIVE until they leave (LEFT) or a teacher removes them (REMOVED). One ACTIVE
 * enrolment per learner and offering (a partial unique index); an ended enrolment stays as history, and learning
 * progress hangs off it.
 */
@Entity
@Table(name = "enrolment")
public class Enrolment {

    /** ACTIVE, or ended by the learner (LEFT) or a teacher (REMOVED). */
    public enum Status {
        ACTIVE, LEFT, REMOVED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "enrolment_seq")
    @SequenceGenerator(name = "enrolment_seq", sequenceName = "enrolment_seq", allocationSize = 50)
    private Long id;

    @Column(name = "offering_id", nullable = false)
    private long offeringId;

    @Column(name = "class_id", nullable = false)
    private long classId;

    @Column(name = "learner_id", nullable = false)
    private long learnerId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private EnrolmentSource source;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Status status;

    @Column(name = "student_no", length = 32)
    private String studentNo;

    @Column(name = "enrolled_at", nullable = false)
    private LocalDateTime enrolledAt;

    @Column(name = "ended_at")
    private LocalDateTime endedAt;

    @Version
    private int version;

    protected Enrolment() {
    }

    public Enrolment(long offeringId, long classId, long learnerId, EnrolmentSource source, String studentNo) {
        this.offeringId = offeringId;
        this.classId = classId;
        this.learnerId = learnerId;
        this.source = Objects.requireNonNull(source, "source");
        this.studentNo = studentNo;
        this.status = Status.ACTIVE;
        this.enrolledAt = LocalDateTime.now();
    }

    /** Ends the enrolment: LEFT by the learner, REMOVED by a teacher; an ended one stays ended. */
    public void end(boolean byLearner) {
        if (status != Status.ACTIVE) {
            throw new IllegalStateException("enrolment " + id + " is " + status);
        }
        this.status = byLearner ? Status.LEFT : Status.REMOVED;
        this.endedAt = LocalDateTime.now();
    }

    public boolean isActive() {
        return status == Status.ACTIVE;
    }

    public Long getId() {
        return id;
    }

    public long getOfferingId() {
        return offeringId;
    }

    public long getClassId() {
        return classId;
    }

    public long getLearnerId() {
        return learnerId;
    }

    public EnrolmentSource getSource() {
        return source;
    }

    public Status getStatus() {
        return status;
    }

    public String getStudentNo() {
        return studentNo;
    }

    public LocalDateTime getEnrolledAt() {
        return enrolledAt;
    }
}
