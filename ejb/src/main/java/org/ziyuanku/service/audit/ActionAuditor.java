package org.ziyuanku.service.audit;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.ziyuanku.domain.audit.AuditFacts;
import org.ziyuanku.domain.audit.AuditOutcome;
import org.ziyuanku.domain.system.PlatformRole;

/**
 * The one way services and the web tier audit an action: the actor with the platform roles they hold, the request's
 * source address (from {@link RequestOrigin}), and the record in its own transaction, so a refused action that rolls
 * back is still recorded.
 */
@ApplicationScoped
public class ActionAuditor {

    @EJB
    private AuditTrailService auditTrail;

    @Inject
    private RequestOrigin origin;

    /**
     * Records who did what to which target in which scope ("platform", "organisation:17") and how it ended;
     * {@code holdsRole} answers for realm role names (a SessionContext's {@code isCallerInRole}).
     */
    public void record(String actor, Predicate<String> holdsRole, String scope, String action, String target,
            AuditOutcome outcome, String detail) {
        String roles = Arrays.stream(PlatformRole.values()).map(PlatformRole::roleName).filter(holdsRole)
                .collect(Collectors.joining(","));
        auditTrail.record(new AuditFacts(actor, roles, scope, origin.getSourceIp(), action, target, outcome, detail));
        if (outcome == AuditOutcome.DENIED) {
            origin.markRefusalRecorded();
        }
    }
}
