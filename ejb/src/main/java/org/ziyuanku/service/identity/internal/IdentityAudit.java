package org.ziyuanku.service.identity.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.ziyuanku.domain.audit.AuditFacts;
import org.ziyuanku.domain.audit.AuditOutcome;
import org.ziyuanku.service.audit.AuditTrailService;

/**
 * Audit records of identity actions, written for the caller with the realm roles they hold. The record has its own
 * transaction, so a refused action is recorded although its own transaction rolls back.
 */
@ApplicationScoped
public class IdentityAudit {

    /** The realm roles of the ziyuanku realm, as listed in the audit record's roles field. */
    private static final List<String> REALM_ROLES = List.of("learner", "teacher", "course-team-lead", "reviewer",
            "library-admin", "school-admin", "provincial-admin", "national-admin", "system-admin", "security-admin",
            "audit-admin");

    @Inject
    private AuditTrailService auditTrail;

    /** Records the caller's action on an organisation ("organisation:17" is the record's scope). */
    public void record(String caller, Predicate<String> holdsRealmRole, long organisationId, String action,
            String target, AuditOutcome outcome, String detail) {
        String roles = REALM_ROLES.stream().filter(holdsRealmRole).collect(Collectors.joining(","));
        auditTrail.record(new AuditFacts(caller, roles, "organisation:" + organisationId, null, action, target,
                outcome, detail));
    }
}
