package org.ziyuanku.service.identity;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import org.ziyuanku.domain.audit.AuditFacts;
import org.ziyuanku.domain.audit.AuditOutcome;
import org.ziyuanku.infrastructure.identity.IdentityDirectory;
import org.ziyuanku.infrastructure.identity.IdentityDirectoryException;
import org.ziyuanku.service.audit.AuditTrailService;
import org.ziyuanku.service.identity.internal.RoleGrantRepository;

/**
 * Password expiry for administrators (MLPS Level 3: 90 days). Keycloak's password policy is realm-wide, so the daily
 * admin-password-expiry job asks Keycloak, for every person holding an administrator role ({@code *-admin}), when
 * their password was set, and requires a change at the next sign-in (UPDATE_PASSWORD) when that was more than
 * {@code -Dzyk.admin.password.max-age-days} (default 90) days ago. Each newly required change is audited.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class AdministratorPasswordExpiryService {

    static final int DEFAULT_MAX_AGE_DAYS = 90;

    @Inject
    private RoleGrantRepository grants;

    @Inject
    private IdentityDirectory directory;

    @Inject
    private AuditTrailService auditTrail;

    /** Requires a password change of administrators whose password is too old; returns how many. */
    public int expireOldPasswords() {
        Instant cutoff = Instant.now().minus(maxAge());
        int required = 0;
        for (String username : grants.administratorUsernames()) {
            try {
                if (directory.requirePasswordChangeIfSetBefore(username, cutoff)) {
                    auditTrail.record(AuditFacts.system("PASSWORD_EXPIRED",
                            "user:" + username, AuditOutcome.SUCCESS, "password older than " + maxAge().toDays()
                                    + " days: change required at next sign-in"));
                    required++;
                }
            } catch (IdentityDirectoryException e) {
                auditTrail.record(AuditFacts.system("PASSWORD_EXPIRED",
                        "user:" + username, AuditOutcome.FAILURE, e.getMessage()));
            }
        }
        return required;
    }

    static Duration maxAge() {
        try {
            return Duration.ofDays(Long.parseLong(System.getProperty("zyk.admin.password.max-age-days",
                    Integer.toString(DEFAULT_MAX_AGE_DAYS)).strip()));
        } catch (NumberFormatException e) {
            return Duration.ofDays(DEFAULT_MAX_AGE_DAYS);
        }
    }
}
