package org.ziyuanku.service.identity;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import org.ziyuanku.domain.audit.AuditOutcome;
import org.ziyuanku.domain.system.PlatformRole;
import org.ziyuanku.domain.identity.RoleGrant;
import org.ziyuanku.domain.identity.ScopeType;
import org.ziyuanku.domain.identity.UserAccount;
import org.ziyuanku.infrastructure.identity.IdentityDirectory;
import org.ziyuanku.service.audit.ActionAuditor;
import org.ziyuanku.service.identity.internal.GrantPolicy;
import org.ziyuanku.service.identity.internal.GrantPolicy.Held;
import org.ziyuanku.service.identity.internal.GrantPolicy.Requested;
import org.ziyuanku.service.identity.internal.GrantScopes;
import org.ziyuanku.service.identity.internal.GrantScopes.ResolvedScope;
import org.ziyuanku.service.identity.internal.RoleGrantRepository;
import org.ziyuanku.service.identity.internal.RoleGrantViews;
import org.ziyuanku.service.identity.internal.UserAccountRepository;
import org.ziyuanku.service.system.AccessDeniedException;

/**
 * Grants and revokes roles within a scope, for the signed-in caller, under {@link GrantPolicy}. A grant is stored
 * here and mirrored as the Keycloak realm role (so tokens and the web tier see it); an administrator role also makes
 * the person set up TOTP at the next sign-in. Every attempt, refused or not, is audited. Runs in the OIDC virtual
 * security domain.
 */
@Stateless
@PermitAll
public class RoleGrantService {

    private static final String GRANT = "ROLE_GRANT";
    private static final String REVOKE = "ROLE_REVOKE";
    private static final int LIST_MAX = 500;

    @Inject
    private Caller caller;

    @Inject
    private RoleGrantRepository grants;

    @Inject
    private UserAccountRepository accounts;

    @Inject
    private GrantScopes scopes;

    @Inject
    private IdentityDirectory directory;

    @Inject
    private ActionAuditor auditor;

    @Inject
    private RoleGrantViews views;

    /** Grants the role; {@link AccessDeniedException} outside the caller's powers, refused when a rule is broken. */
    public RoleGrantView grant(GrantRoleCommand command) {
        String target = command.username() + " " + command.role() + "@" + command.scopeType() + ":"
                + command.scopeId();
        PlatformRole role = PlatformRole.ofRoleName(command.role())
                .orElseThrow(() -> refused(GRANT, target, "identity.grants.unknownRole", command.role()));
        if (command.scopeType() == null || !GrantPolicy.fitsScope(role, command.scopeType())) {
            throw refused(GRANT, target, "identity.grants.scopeMismatch", command.role());
        }
        ResolvedScope scope = scopes.resolve(command.scopeType(), command.scopeId())
                .orElseThrow(() -> refused(GRANT, target, "identity.grants.unknownScope"));
        List<Held> held = heldByCaller();
        requireAllowed(GRANT, target, held, new Requested(role, scope.type(), scope.id(), scope.provinceId()));
        if (command.username() == null || command.username().equalsIgnoreCase(caller.username())) {
            throw refused(GRANT, target, "identity.grants.self");
        }
        UserAccount account = accountOf(command.username())
                .orElseThrow(() -> refused(GRANT, target, "identity.grants.unknownUser", command.username()));
        boolean platformGranter = held.stream().anyMatch(h -> h.scopeType() == ScopeType.PLATFORM);
        checkSeparationAndMembership(account, role, scope, target, platformGranter);
        RoleGrant grant = new RoleGrant(account, role.roleName(), scope.type(), scope.id(), caller.username());
        grants.add(grant);
        directory.addRealmRole(account.getUsername(), role.roleName());
        if (role.isAdministrator()) {
            directory.requireTwoFactor(account.getUsername());
        }
        audit(GRANT, target, AuditOutcome.SUCCESS, "granted");
        return views.of(grant);
    }

    private void checkSeparationAndMembership(UserAccount account, PlatformRole role, ResolvedScope scope,
            String target, boolean platformGranter) {
        if (grants.holds(account, role.roleName(), scope.type(), scope.id())) {
            throw refused(GRANT, target, "identity.grants.alreadyHeld");
        }
        if (role.isSeparatedDuty()) {
            Optional<PlatformRole> otherDuty = grants.rolesOf(account.getId()).stream()
                    .flatMap(name -> PlatformRole.ofRoleName(name).stream())
                    .filter(r -> r.isSeparatedDuty() && r != role).findFirst();
            if (otherDuty.isPresent()) {
                throw refused(GRANT, target, "identity.grants.separationOfDuties", otherDuty.get().roleName());
            }
        }
        if (scope.organisation() != null && !account.joinOrganisation(scope.organisation()) && !platformGranter) {
            throw refused(GRANT, target, "identity.grants.otherOrganisation", scope.name());
        }
    }

    /** Revokes a grant; empty when there is no such grant. The realm role goes when no grant of it is left. */
    public Optional<RoleGrantView> revoke(long grantId) {
        Optional<RoleGrant> found = grants.find(grantId);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        RoleGrant grant = found.get();
        UserAccount account = grant.getUser();
        String target = account.getUsername() + " " + grant.getRole() + "@" + grant.getScopeType() + ":"
                + grant.getScopeId();
        PlatformRole role = PlatformRole.ofRoleName(grant.getRole())
                .orElseThrow(() -> refused(REVOKE, target, "identity.grants.unknownRole", grant.getRole()));
        Long province = scopes.resolve(grant.getScopeType(), grant.getScopeId()).map(ResolvedScope::provinceId)
                .orElse(null);
        requireAllowed(REVOKE, target, heldByCaller(), new Requested(role, grant.getScopeType(), grant.getScopeId(), province));
        if (account.getUsername().equalsIgnoreCase(caller.username())) {
            throw refused(REVOKE, target, "identity.grants.self");
        }
        RoleGrantView view = views.of(grant);
        grants.remove(grant);
        if (grants.grantsOf(account.getId(), grant.getRole()).isEmpty()) {
            directory.removeRealmRole(account.getUsername(), grant.getRole());
        }
        audit(REVOKE, target, AuditOutcome.SUCCESS, "revoked");
        return Optional.of(view);
    }

    /** The grants within the caller's administrative scope, newest first (at most 500). */
    public List<RoleGrantView> visibleGrants() {
        List<Held> held = requireGranter();
        boolean platform = held.stream().anyMatch(h -> h.scopeType() == ScopeType.PLATFORM);
        List<RoleGrant> found = platform ? grants.newest(LIST_MAX)
                : grants.newestWithin(idsOf(held, ScopeType.ORGANISATION), idsOf(held, ScopeType.PROVINCE), LIST_MAX);
        return views.of(found);
    }

    /** The scopes the caller may grant roles in: the platform, provinces and organisations their roles reach. */
    public List<GrantScopeView> grantableScopes() {
        return views.scopesFor(requireGranter());
    }

    private List<Held> requireGranter() {
        List<Held> held = heldByCaller();
        if (!GrantPolicy.grantsAnything(held)) {
            throw new AccessDeniedException(caller.username() + " grants no roles");
        }
        return held;
    }

    private static List<Long> idsOf(List<Held> held, ScopeType type) {
        return held.stream().filter(h -> h.scopeType() == type).map(Held::scopeId).toList();
    }

    private void requireAllowed(String action, String target, List<Held> held, Requested requested) {
        if (!GrantPolicy.allows(held, requested)) {
            audit(action, target, AuditOutcome.DENIED, "outside the caller's powers");
            throw new AccessDeniedException(caller.username() + " may not " + action + " " + target);
        }
    }

    /** The caller's grants whose realm role they still hold. */
    private List<Held> heldByCaller() {
        return caller.grants().stream().map(g -> new Held(g.role(), g.scopeType(), g.scopeId())).toList();
    }

    private Optional<UserAccount> accountOf(String username) {
        return accounts.find(username).or(() -> directory.displayNameOf(username)
                .map(name -> accounts.findOrCreate(username, () -> name)));
    }

    private RoleGrantRefusedException refused(String action, String target, String key, String... args) {
        audit(action, target, AuditOutcome.FAILURE, key);
        return new RoleGrantRefusedException(key, args);
    }

    private void audit(String action, String target, AuditOutcome outcome, String detail) {
        auditor.record(caller.username(), caller::holdsRole, "platform", action, target, outcome, detail);
    }
}
