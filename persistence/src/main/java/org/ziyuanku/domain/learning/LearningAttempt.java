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
import jakarta.persistence.Version;
import java.time.LocalDateTime;
import java.util.Objects;

/**
 * One sitting of a learner with an item (学习尝试), started by the server: only the SHA-256 of its random token is
 * kept, the duration comes from the resource, and all times are the database's clock. Heartbeats are taken only while
 * it is OPEN and only with a sequence number above the last one.
 */
@Entity
@Table(name = "learning_attempt")
public class LearningAttempt {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "learning_attempt_seq")
    @SequenceGenerator(name = "learning_attempt_seq", sequenceName = "learning_attempt_seq", allocationSize = 50)
    private Long id;

    @Column(name = "token_sha256", nullable = false, length = 64, updatable = false)
    private String tokenSha256;

    /** Null for a trial (试学) attempt without enrolment. */
    @Column(name = "enrolment_id", updatable = false)
    private Long enrolmentId;

    @Column(name = "learner_id", nullable = false, updatable = false)
    private long learnerId;

    @Column(name = "offering_id", nullable = false, updatable = false)
    private long offeringId;

    @Column(name = "offering_node_id", nullable = false, updatable = false)
    private long offeringNodeId;

    @Column(name = "part_resource_id", updatable = false)
    private Long partResourceId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16, updatable = false)
    private AttemptMode mode;

    @Column(nullable = false, updatable = false)
    private boolean trial;

    @Column(name = "duration_ms", nullable = false, updatable = false)
    private long durationMs;

    @Column(name = "issued_at", nullable = false, updatable = false)
    private LocalDateTime issuedAt;

    @Column(name = "last_seen_at", nullable = false)
    private LocalDateTime lastSeenAt;

    @Column(name = "last_seq", nullable = false)
    private int lastSeq;

    @Column(name = "start_position_ms", nullable = false, updatable = false)
    private long startPositionMs;

    @Column(name = "last_position_ms", nullable = false)
    private long lastPositionMs;

    /** The play accepted in this attempt, rewatching included (the cumulative rate check). */
    @Column(name = "credited_ms", nullable = false)
    private long creditedMs;

    @Column(name = "visible_ms", nullable = false)
    private long visibleMs;

    @Column(name = "last_visible", nullable = false)
    private boolean lastVisible = true;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private AttemptStatus status;

    @Version
    private int version;

    protected LearningAttempt() {
    }

    /** A new OPEN attempt issued at {@code now} (database clock) starting at {@code positionMs}. */
    public LearningAttempt(String tokenSha256, Long enrolmentId, long learnerId, long offeringId, long offeringNodeId,
            Long partResourceId, AttemptMode mode, long durationMs, long positionMs, LocalDateTime now) {
        this.tokenSha256 = Objects.requireNonNull(tokenSha256, "tokenSha256");
        this.enrolmentId = enrolmentId;
        this.trial = enrolmentId == null;
        this.learnerId = learnerId;
        this.offeringId = offeringId;
        this.offeringNodeId = offeringNodeId;
        this.partResourceId = partResourceId;
        this.mode = Objects.requireNonNull(mode, "mode");
        this.durationMs = Math.max(0, durationMs);
        this.startPositionMs = Math.max(0, Math.min(positionMs, this.durationMs));
        this.lastPositionMs = this.startPositionMs;
        this.issuedAt = now;
        this.lastSeenAt = now;
        this.status = AttemptStatus.OPEN;
    }

    /** What {@link ProgressCredit} needs to judge a beat arriving at {@code now}. */
    public AttemptState stateAt(LocalDateTime now) {
        long elapsed = java.time.Duration.between(lastSeenAt, now).toMillis();
        long sinceIssued = java.time.Duration.between(issuedAt, now).toMillis();
        return new AttemptState(mode, durationMs, lastPositionMs, lastVisible, creditedMs, elapsed, sinceIssued);
    }

    /** Records a beat taken (credited or not): its sequence and the time it came. */
    public void beatSeen(int seq, LocalDateTime now) {
        this.lastSeq = seq;
        this.lastSeenAt = now;
    }

    /** Applies what an accepted beat earned. */
    public void apply(Credit credit, boolean visible) {
        this.lastPositionMs = credit.positionMs();
        this.creditedMs += credit.playedMs();
        this.visibleMs += credit.visibleMs();
        this.lastVisible = visible;
    }

    /** Ends the attempt: SUPERSEDED by a newer one, CLOSED by the learner, EXPIRED for lack of beats. */
    public void end(AttemptStatus ending) {
        if (status == AttemptStatus.OPEN && ending != AttemptStatus.OPEN) {
            this.status = ending;
        }
    }

    public Long getId() {
        return id;
    }

    public String getTokenSha256() {
        return tokenSha256;
    }

    public Long getEnrolmentId() {
        return enrolmentId;
    }

    public long getLearnerId() {
        return learnerId;
    }

    public long getOfferingId() {
        return offeringId;
    }

    public long getOfferingNodeId() {
        return offeringNodeId;
    }

    public Long getPartResourceId() {
        return partResourceId;
    }

    public AttemptMode getMode() {
        return mode;
    }

    public boolean isTrial() {
        return trial;
    }

    public long getDurationMs() {
        return durationMs;
    }

    public LocalDateTime getIssuedAt() {
        return issuedAt;
    }

    public LocalDateTime getLastSeenAt() {
        return lastSeenAt;
    }

    public int getLastSeq() {
        return lastSeq;
    }

    public long getStartPositionMs() {
        return startPositionMs;
    }

    public long getLastPositionMs() {
        return lastPositionMs;
    }

    public long getCreditedMs() {
        return creditedMs;
    }

    public long getVisibleMs() {
        return visibleMs;
    }

    public AttemptStatus getStatus() {
        return status;
    }
}
