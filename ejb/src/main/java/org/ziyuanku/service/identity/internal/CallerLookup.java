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
import org.ziyuanku.domain.system.PlatformRole;
import org.ziyuanku.infrastructure.identity.IdentityDirectory;
import org.ziyuanku.infrastructure.identity.IdentityDirectoryException;
import org.ziyuanku.service.identity.Caller;

/**
 * The one place that asks the EJB container who is calling ({@link SessionContext}, in the OIDC virtual security
 * domain, so it sees the signed-in user and their realm roles from the web tier, JAX-RS and every EJB of the call).
 * For an existing account it is one read ({@link CallerRows}: account, organisation and grants) outside any
 * transaction: the calling service's transaction is suspended, so a failed read never marks it for rollback. Only the
 * first request of a person without an account writes: {@link CallerAccounts} creates it (named as in Keycloak) in a
 * transaction of its own, so the account stays when the calling service rolls back. Nothing is cached between
 * requests: a grant revoked now counts no more on the next request. Only {@link CallerProducer} calls it.
 */
@Stateless
@PermitAll
public class CallerLookup {

    @Resource
    private SessionContext context;

    @Inject
    private CallerRows rows;

    @Inject
    private CallerAccounts accounts;

    @Inject
    private IdentityDirectory directory;

    /** The caller of the current invocation; the anonymous caller when there is no principal. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public Caller current() {
        Principal principal = context.getCallerPrincipal();
        if (principal == null || principal.getName() == null || Caller.ANONYMOUS.equals(principal.getName())) {
            return Caller.anonymous();
        }
        String name = principal.getName();
        Set<PlatformRole> roles = Arrays.stream(PlatformRole.values()).filter(r -> context.isCallerInRole(r.roleName()))
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(PlatformRole.class)));
        List<CallerRows.Row> found = rows.of(name);
        if (found.isEmpty()) {
            found = created(name);
        }
        return CallerRows.caller(name, roles, found);
    }

    /**
     * The rows of the account created now. When a concurrent first request of the same person created it first (the
     * unique user name refused this one), that account's rows; the failure only when there is none.
     */
    private List<CallerRows.Row> created(String name) {
        try {
            accounts.create(name, displayNameOf(name));
        } catch (RuntimeException e) {
            List<CallerRows.Row> theirs = rows.of(name);
            if (theirs.isEmpty()) {
                throw e;
            }
            return theirs;
        }
        return rows.of(name);
    }

    private String displayNameOf(String username) {
        try {
            return directory.displayNameOf(username).orElse(username);
        } catch (IdentityDirectoryException e) {
            return username;
        }
    }
}
