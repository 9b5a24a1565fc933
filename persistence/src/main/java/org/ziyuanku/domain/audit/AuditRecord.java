package org.ziyuanku.domain.audit;

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
import java.time.temporal.ChronoUnit;
import org.ziyuanku.domain.system.Sha256;

/**
 * One audit record: who (user, roles, scope, source IP), when, what action on which target, and the outcome. Its
 * hash covers all of that plus the previous record's hash, so changing or removing any record breaks the chain from
 * there on. Immutable: no setters; the table refuses UPDATE and DELETE.
 */
@Entity
@Table(name = "audit_record")
public class AuditRecord {

    /** The previous hash of the very first record. */
    public static final String GENESIS = "0".repeat(64);

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "audit_record_seq")
    @SequenceGenerator(name = "audit_record_seq", sequenceName = "audit_record_seq", allocationSize = 1)
    private Long id;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private LocalDateTime occurredAt;

    @Column(nullable = false, updatable = false, length = 128)
    private String actor;

    @Column(name = "actor_roles", nullable = false, updatable = false, length = 512)
    private String actorRoles;

    @Column(nullable = false, updatable = false, length = 128)
    private String scope;

    @Column(name = "source_ip", nullable = false, updatable = false, length = 64)
    private String sourceIp;

    @Column(nullable = false, updatable = false, length = 64)
    private String action;

    @Column(nullable = false, updatable = false, length = 256)
    private String target;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 16)
    private AuditOutcome outcome;

    @Column(nullable = false, updatable = false, length = 2000)
    private String detail;

    @Column(name = "previous_hash", nullable = false, updatable = false, length = 64)
    private String previousHash;

    @Column(name = "record_hash", nullable = false, updatable = false, length = 64)
    private String recordHash;

    protected AuditRecord() {
    }

    /** A new record chained to {@code previousHash}; the time is truncated to microseconds as the database keeps it. */
    public AuditRecord(AuditFacts facts, String previousHash) {
        this.occurredAt = LocalDateTime.now().truncatedTo(ChronoUnit.MICROS);
        this.actor = facts.actor();
        this.actorRoles = facts.actorRoles();
        this.scope = facts.scope();
        this.sourceIp = facts.sourceIp();
        this.action = facts.action();
        this.target = facts.target();
        this.outcome = facts.outcome();
        this.detail = facts.detail();
        this.previousHash = previousHash;
        this.recordHash = computeHash();
    }

    /** SHA-256 over every field and the previous hash, in a fixed order with unambiguous separators. */
    public String computeHash() {
        return hashOf(occurredAt, actor, actorRoles, scope, sourceIp, action, target, outcome, detail, previousHash);
    }

    /** The chain hash of a record with these fields (the same for a live record and one read from an archive file). */
    public static String hashOf(LocalDateTime occurredAt, String actor, String actorRoles, String scope,
            String sourceIp, String action, String target, AuditOutcome outcome, String detail, String previousHash) {
        String canonical = String.join("\u001f", occurredAt.toString(), actor, actorRoles, scope, sourceIp, action,
                target, outcome.name(), detail, previousHash);
        return Sha256.hex(canonical);
    }

    /** Whether the stored hash still matches the stored fields. */
    public boolean isIntact() {
        return recordHash.equals(computeHash());
    }

    public Long getId() {
        return id;
    }

    public LocalDateTime getOccurredAt() {
        return occurredAt;
    }

    public String getActor() {
        return actor;
    }

    public String getActorRoles() {
        return actorRoles;
    }

    public String getScope() {
        return scope;
    }

    public String getSourceIp() {
        return sourceIp;
    }

    public String getAction() {
        return action;
    }

    public String getTarget() {
        return target;
    }

    public AuditOutcome getOutcome() {
        return outcome;
    }

    public String getDetail() {
        return detail;
    }

    public String getPreviousHash() {
        return previousHash;
    }

    public String getRecordHash() {
        return recordHash;
    }
}
