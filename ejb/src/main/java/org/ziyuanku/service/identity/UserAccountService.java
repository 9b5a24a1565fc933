package org.ziyuanku.service.identity;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.Optional;
import org.ziyuanku.domain.identity.AccountStatus;
import org.ziyuanku.domain.identity.UserAccount;
import org.ziyuanku.infrastructure.identity.IdentityDirectory;
import org.ziyuanku.infrastructure.identity.IdentityDirectoryException;
import org.ziyuanku.service.audit.AuditTarget;
import org.ziyuanku.service.audit.Audited;
import org.ziyuanku.service.audit.AuditedCall;
import org.ziyuanku.service.identity.internal.UserAccountRepository;
import org.ziyuanku.service.identity.internal.ScopeGuard;

/**
 * Platform accounts of signed-in people: the account is created at the first console visit, and the administrators
 * of a person's organisation can disable and re-enable it (in Keycloak too, which also ends the person's sessions).
 * Runs in the OIDC virtual security domain.
 */
@Stateless
@PermitAll
public class UserAccountService {

    @Resource
    private SessionContext context;

    @Inject
    private UserAccountRepository accounts;

    @Inject
    private IdentityDirectory directory;

    @Inject
    private ScopeGuard scopeGuard;

    @Inject
    private AuditedCall audited;

    /** Creates the caller's platform account, named as in Keycloak, when they have none. */
    public void ensureCallerAccount() {
        String caller = context.getCallerPrincipal().getName();
        accounts.findOrCreate(caller, () -> displayNameOf(caller));
    }

    private String displayNameOf(String username) {
        try {
            return directory.displayNameOf(username).orElse(username);
        } catch (IdentityDirectoryException e) {
            return username;
        }
    }

    /**
     * Disables or enables the member's account; the caller must administer the member's organisation. Empty when
     * there is no such member.
     */
    @Audited(action = "ACCOUNT_STATUS")
    public Optional<MemberView> changeStatus(@AuditTarget String username, boolean enabled) {
        audited.action(enabled ? "ACCOUNT_ENABLE" : "ACCOUNT_DISABLE");
        Optional<UserAccount> found = accounts.find(username).filter(a -> a.getOrganisation() != null);
        if (found.isEmpty()) {
            audited.failed("no such member");
            return Optional.empty();
        }
        UserAccount account = found.get();
        String caller = context.getCallerPrincipal().getName();
        audited.on("organisation:" + account.getOrganisation().getId(), username);
        scopeGuard.requireOrganisationAdministrator(caller, context::isCallerInRole, account.getOrganisation());
        if (caller.equalsIgnoreCase(username)) {
            throw new RoleGrantRefusedException("identity.grants.self");
        }
        account.changeStatus(enabled ? AccountStatus.ACTIVE : AccountStatus.DISABLED);
        directory.setEnabled(username, enabled);
        return Optional.of(new MemberView(account.getId(), account.getUsername(), account.getDisplayName(),
                account.getStatus().name()));
    }
}
