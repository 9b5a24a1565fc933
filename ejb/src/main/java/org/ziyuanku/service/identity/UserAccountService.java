package org.ziyuanku.service.identity;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.Optional;
import org.ziyuanku.domain.identity.AccountStatus;
import org.ziyuanku.domain.identity.UserAccount;
import org.ziyuanku.infrastructure.identity.IdentityDirectory;
import org.ziyuanku.service.audit.AuditTarget;
import org.ziyuanku.service.audit.Audited;
import org.ziyuanku.service.audit.AuditedCall;
import org.ziyuanku.service.identity.internal.UserAccountRepository;
import org.ziyuanku.service.system.AccessDeniedException;

/**
 * Platform accounts of signed-in people (the caller's own is created on first need, with the {@link Caller}): the
 * administrators of a person's organisation can disable and re-enable it (in Keycloak too, which also ends the
 * person's sessions), and {@link AccessDeniedException} is thrown to anyone else. Runs in the OIDC virtual security
 * domain.
 */
@Stateless
@PermitAll
public class UserAccountService {

    @Inject
    private Caller caller;

    @Inject
    private UserAccountRepository accounts;

    @Inject
    private IdentityDirectory directory;

    @Inject
    private AuditedCall audited;

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
        audited.on("organisation:" + account.getOrganisation().getId(), username);
        caller.requireAdministrator(account.getOrganisation());
        if (caller.username().equalsIgnoreCase(username)) {
            throw new RoleGrantRefusedException("identity.grants.self");
        }
        account.changeStatus(enabled ? AccountStatus.ACTIVE : AccountStatus.DISABLED);
        directory.setEnabled(username, enabled);
        return Optional.of(new MemberView(account.getId(), account.getUsername(), account.getDisplayName(),
                account.getStatus().name()));
    }
}
