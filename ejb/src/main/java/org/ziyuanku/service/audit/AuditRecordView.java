package org.ziyuanku.service.audit;

import java.io.Serializable;
import java.time.LocalDateTime;
import org.ziyuanku.domain.audit.AuditOutcome;

/** One audit record as the audit administrator reads it: every field but the chain hashes. */
public record AuditRecordView(Long id, LocalDateTime occurredAt, String actor, String actorRoles, String scope,
        String sourceIp, String action, String target, AuditOutcome outcome, String detail) implements Serializable {
}
