package org.ziyuanku.service.audit;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.ziyuanku.domain.audit.AuditFacts;
import org.ziyuanku.domain.audit.AuditOutcome;

/** Audits an administrator's or user's action from inside a service, adding the request's source address. */
@ApplicationScoped
public class ActionAuditor {

    @EJB
    private AuditTrailService auditTrail;

    @Inject
    private RequestOrigin origin;

    /** Who did what to which target in which scope, and how it ended; the record outlives a rollback. */
    public void record(String actor, String actorRoles, String scope, String action, String target,
            AuditOutcome outcome, String detail) {
        auditTrail.record(new AuditFacts(actor, actorRoles, scope, origin.getSourceIp(), action, target, outcome,
                detail));
    }
}
