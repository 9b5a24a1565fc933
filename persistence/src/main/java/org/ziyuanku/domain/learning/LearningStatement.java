package org.ziyuanku.domain.learning;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * One statement of the activity stream (xAPI-shaped): actor, verb, object, context (offering, class), registration
 * (the attempt), result (JSON) and timestamps. Written by the repository with a native insert (the result is
 * {@code jsonb}); read here.
 */
@Entity
@Table(name = "learning_statement")
public class LearningStatement {

    @Id
    private Long id;

    @Column(name = "statement_id", nullable = false)
    private UUID statementId;

    @Column(name = "actor_id", nullable = false)
    private long actorId;

    @Column(nullable = false, length = 32)
    private String verb;

    @Column(name = "object_type", nullable = false, length = 16)
    private String objectType;

    @Column(name = "object_id", nullable = false)
    private long objectId;

    @Column(name = "context_offering_id")
    private Long contextOfferingId;

    @Column(name = "context_class_id")
    private Long contextClassId;

    private UUID registration;

    @Column(name = "\"timestamp\"", nullable = false)
    private OffsetDateTime timestamp;

    @Column(nullable = false)
    private OffsetDateTime stored;

    protected LearningStatement() {
    }

    public Long getId() {
        return id;
    }

    public UUID getStatementId() {
        return statementId;
    }

    public long getActorId() {
        return actorId;
    }

    public String getVerb() {
        return verb;
    }

    public String getObjectType() {
        return objectType;
    }

    public long getObjectId() {
        return objectId;
    }

    public Long getContextOfferingId() {
        return contextOfferingId;
    }

    public Long getContextClassId() {
        return contextClassId;
    }

    public UUID getRegistration() {
        return registration;
    }

    public OffsetDateTime getTimestamp() {
        return timestamp;
    }

    public OffsetDateTime getStored() {
        return stored;
    }
}
