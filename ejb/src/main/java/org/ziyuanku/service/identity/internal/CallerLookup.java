package org.ziyuanku.service.identity.internal;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.security.Principal;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.ziyuanku.domain.identity.Organisation;
import org.ziyuanku.domain.identity.UserAccount;
import org.ziyuanku.domain.system.PlatformRole;
import org.ziyuanku.infrastructure.identity.IdentityDirectory;
import org.ziyuanku.infrastructure.identity.IdentityDirectoryException;
import org.ziyuanku.service.identity.Caller;

/**
 * The one place that asks the EJB container who is calling ({@link SessionContext}, in the OIDC virtual security
 * domain, so it sees the signed-in user and their realm roles from the web tier, JAX-RS and every EJB of the call).
 * It creates the caller's platform account on first need (named as in Keycloak), in a transaction of its own so the
 * account stays when the calling service rolls back. Only {@link CallerProducer} calls it.
 */
@Stateless
@PermitAll
public class CallerLookup {

    @Resource
    private SessionContext context;

    @Inject
    private UserAccountRepository accounts;

    @Inject
    private RoleGrantRepository grants;

    @Inject
    private IdentityDirectory directory;

    /** The caller of the current invocation; the anonymous caller when there is no principal. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Caller current() {
        Principal principal = context.getCallerPrincipal();
        if (principal == null || principal.getName() == null || Caller.ANONYMOUS.equals(principal.getName())) {
            return Caller.anonymous();
        }
        String name = principal.getName();
        Set<PlatformRole> roles = Arrays.stream(PlatformRole.values()).filter(r -> context.isCallerInRole(r.roleName()))
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(PlatformRole.class)));
        UserAccount account = accounts.findOrCreate(name, () -> displayNameOf(name));
        List<Caller.Grant> held = grants.grantsOf(name).stream()
                .flatMap(g -> PlatformRole.ofRoleName(g.getRole()).stream()
                        .map(r -> new Caller.Grant(r, g.getScopeType(), g.getScopeId())))
                .toList();
        Organisation org = account.getOrganisation();
        return new Caller(account.getId(), name, account.getDisplayName(), org == null ? null : org.getId(),
                org == null ? null : org.getName(), roles, held);
    }

    private String displayNameOf(String username) {
        try {
            return directory.displayNameOf(username).orElse(username);
        } catch (IdentityDirectoryException e) {
            return username;
        }
    }
}
