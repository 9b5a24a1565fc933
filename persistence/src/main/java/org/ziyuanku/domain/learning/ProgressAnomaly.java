package org.ziyuanku.domain.learning;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/** A progress claim the server refused, or the part of one it did not credit, kept for review and analytics. */
@Entity
@Table(name = "progress_anomaly")
public class ProgressAnomaly {

    public static final int MAX_DETAIL = 500;
    private static final int MAX_ADDRESS = 64;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "progress_anomaly_seq")
    @SequenceGenerator(name = "progress_anomaly_seq", sequenceName = "progress_anomaly_seq", allocationSize = 50)
    private Long id;

    @Column(nullable = false)
    private LocalDateTime at;

    @Column(name = "learner_id", nullable = false)
    private long learnerId;

    @Column(name = "attempt_id")
    private Long attemptId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24)
    private AnomalyReason reason;

    @Column(length = MAX_DETAIL)
    private String detail;

    @Column(name = "source_address", length = MAX_ADDRESS)
    private String sourceAddress;

    protected ProgressAnomaly() {
    }

    public ProgressAnomaly(long learnerId, Long attemptId, AnomalyReason reason, String detail, String sourceAddress) {
        this.at = LocalDateTime.now();
        this.learnerId = learnerId;
        this.attemptId = attemptId;
        this.reason = reason;
        this.detail = clip(detail, MAX_DETAIL);
        this.sourceAddress = clip(sourceAddress, MAX_ADDRESS);
    }

    private static String clip(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }

    public Long getId() {
        return id;
    }

    public LocalDateTime getAt() {
        return at;
    }

    public long getLearnerId() {
        return learnerId;
    }

    public Long getAttemptId() {
        return attemptId;
    }

    public AnomalyReason getReason() {
        return reason;
    }

    public String getDetail() {
        return detail;
    }
}
