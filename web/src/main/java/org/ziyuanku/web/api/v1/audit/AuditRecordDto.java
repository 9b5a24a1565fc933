package org.ziyuanku.web.api.v1.audit;

import java.time.LocalDateTime;
import org.ziyuanku.service.audit.AuditRecordView;

/** One audit record: id, time (server local time), who with which roles in which scope from where, what, outcome. */
public record AuditRecordDto(long id, LocalDateTime occurredAt, String actor, String actorRoles, String scope,
        String sourceIp, String action, String target, String outcome, String detail) {

    static AuditRecordDto of(AuditRecordView v) {
        return new AuditRecordDto(v.id(), v.occurredAt(), v.actor(), v.actorRoles(), v.scope(), v.sourceIp(),
                v.action(), v.target(), v.outcome().name(), v.detail());
    }
}
