package org.ziyuanku.service.identity;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.ziyuanku.domain.audit.AuditFacts;
import org.ziyuanku.domain.audit.AuditOutcome;
import org.ziyuanku.infrastructure.identity.IdentityDirectory;
import org.ziyuanku.infrastructure.identity.IdentityEvent;
import org.ziyuanku.service.audit.AuditTrailService;
import org.ziyuanku.service.system.ClusterLockRepository;
import org.ziyuanku.service.identity.internal.IdentityEventCursorRepository;

/**
 * Copies the identity provider's own events into the platform's audit chain (the identity-events batch job, every two
 * minutes): failed sign-ins, lockouts, password and two-factor changes, with the user, their platform roles and the
 * client's address as Keycloak saw it. Successful console sign-ins and sign-outs are audited by the platform itself
 * when they happen. One node at a time (cluster lock); a cursor in the database makes each event copied once.
 */
@Stateless
public class IdentityEventImportService {

    /** Keycloak event types copied, and the audit action each becomes. */
    static final Map<String, String> ACTIONS = Map.of("LOGIN_ERROR", "SIGN_IN", "UPDATE_PASSWORD", "PASSWORD_CHANGE",
            "UPDATE_PASSWORD_ERROR", "PASSWORD_CHANGE", "UPDATE_TOTP", "TOTP_CHANGE", "REMOVE_TOTP", "TOTP_CHANGE",
            "RESET_PASSWORD", "PASSWORD_RESET", "RESET_PASSWORD_ERROR", "PASSWORD_RESET");
    static final String LOCKED_ERROR = "user_temporarily_disabled";
    private static final int MAX_EVENTS = 5000;

    @Inject
    private IdentityEventCursorRepository cursors;

    @Inject
    private IdentityDirectory directory;

    @EJB
    private AuditTrailService auditTrail;

    @Inject
    private ClusterLockRepository locks;

    @Inject
    private Accounts accounts;

    @Inject
    private Accounts grants;

    /** Copies the events that arrived since the last run; returns how many were copied. */
    public int importNewEvents() {
        locks.lock("identity-events");
        IdentityEventCursorRepository.Cursor cursor = cursors.keycloak();
        long lastTime = cursor.lastTime();
        Set<String> seen = cursor.lastIds();
        List<IdentityEvent> events = directory.eventsSince(lastTime, ACTIONS.keySet(), MAX_EVENTS).stream()
                .filter(e -> e.time() > lastTime || !seen.contains(e.id())).toList();
        Map<String, String> rolesByUser = new HashMap<>();
        for (IdentityEvent event : events) {
            auditTrail.record(facts(event, rolesByUser.computeIfAbsent(event.username(), this::rolesOf)));
        }
        if (!events.isEmpty()) {
            long newest = events.get(events.size() - 1).time();
            String ids = events.stream().filter(e -> e.time() == newest).map(IdentityEvent::id)
                    .collect(Collectors.joining(","));
            cursors.advance(newest, ids);
        }
        return events.size();
    }

    /** The platform roles the user holds a grant of, comma-separated; none for a name the platform does not know. */
    private String rolesOf(String username) {
        return accounts.find(username).map(a -> grants.rolesOf(a.getId()).stream().sorted()
                .collect(Collectors.joining(","))).orElse("");
    }

    private AuditFacts facts(IdentityEvent event, String roles) {
        boolean locked = LOCKED_ERROR.equals(event.error());
        boolean failed = event.type().endsWith("_ERROR");
        String action = locked ? "ACCOUNT_LOCKED" : ACTIONS.get(event.type());
        AuditOutcome outcome = locked ? AuditOutcome.DENIED : failed ? AuditOutcome.FAILURE : AuditOutcome.SUCCESS;
        return new AuditFacts(event.username(), roles, "platform", event.ipAddress(), action,
                "user:" + event.username(), outcome, "keycloak " + event.type() + (event.error().isEmpty() ? ""
                        : " error=" + event.error()) + " at " + Instant.ofEpochMilli(event.time()));
    }
}
