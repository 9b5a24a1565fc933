package org.ziyuanku.service.identity;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import org.ziyuanku.domain.system.PlatformRole;
import org.ziyuanku.domain.identity.RoleGrant;
import org.ziyuanku.domain.identity.ScopeType;
import org.ziyuanku.domain.identity.UserAccount;
import org.ziyuanku.infrastructure.identity.IdentityDirectory;
import org.ziyuanku.service.audit.Audited;
import org.ziyuanku.service.audit.AuditTarget;
import org.ziyuanku.service.audit.AuditedCall;
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
    private AuditedCall audited;

    @Inject
    private RoleGrantViews views;

    /** Grants the role; {@link AccessDeniedException} outside the caller's powers, refused when a rule is broken. */
    @Audited(action = GRANT)
    public RoleGrantView grant(GrantRoleCommand command) {
        audited.target(command.username() + " " + command.role() + "@" + command.scopeType() + ":"
                + command.scopeId());
        PlatformRole role = PlatformRole.ofRoleName(command.role())
                .orElseThrow(() -> refused("identity.grants.unknownRole", command.role()));
        if (command.scopeType() == null || !GrantPolicy.fitsScope(role, command.scopeType())) {
            throw refused("identity.grants.scopeMismatch", command.role());
        }
        ResolvedScope scope = scopes.resolve(command.scopeType(), command.scopeId())
                .orElseThrow(() -> refused("identity.grants.unknownScope"));
        List<Held> held = heldByCaller();
        requireAllowed(GRANT, held, new Requested(role, scope.type(), scope.id(), scope.provinceId()));
        if (command.username() == null || command.username().equalsIgnoreCase(caller.username())) {
            throw refused("identity.grants.self");
        }
        UserAccount account = accountOf(command.username())
                .orElseThrow(() -> refused("identity.grants.unknownUser", command.username()));
        boolean platformGranter = held.stream().anyMatch(h -> h.scopeType() == ScopeType.PLATFORM);
        checkSeparationAndMembership(account, role, scope, platformGranter);
        RoleGrant grant = new RoleGrant(account, role.roleName(), scope.type(), scope.id(), caller.username());
        grants.add(grant);
        directory.addRealmRole(account.getUsername(), role.roleName());
        if (role.isAdministrator()) {
            directory.requireTwoFactor(account.getUsername());
        }
        audited.detail("granted");
        return views.of(grant);
    }

    private void checkSeparationAndMembership(UserAccount account, PlatformRole role, ResolvedScope scope,
            boolean platformGranter) {
        if (grants.holds(account, role.roleName(), scope.type(), scope.id())) {
            throw refused("identity.grants.alreadyHeld");
        }
        if (role.isSeparatedDuty()) {
            Optional<PlatformRole> otherDuty = grants.rolesOf(account.getId()).stream()
                    .flatMap(name -> PlatformRole.ofRoleName(name).stream())
                    .filter(r -> r.isSeparatedDuty() && r != role).findFirst();
            if (otherDuty.isPresent()) {
                throw refused("identity.grants.separationOfDuties", otherDuty.get().roleName());
            }
        }
        if (scope.organisation() != null && !account.joinOrganisation(scope.organisation()) && !platformGranter) {
            throw refused("identity.grants.otherOrganisation", scope.name());
        }
    }

    /** Revokes a grant; empty when there is no such grant. The realm role goes when no grant of it is left. */
    @Audited(action = REVOKE)
    public Optional<RoleGrantView> revoke(@AuditTarget("grant:") long grantId) {
        Optional<RoleGrant> found = grants.find(grantId);
        if (found.isEmpty()) {
            audited.failed("no such grant");
            return Optional.empty();
        }
        RoleGrant grant = found.get();
        UserAccount account = grant.getUser();
        audited.target(account.getUsername() + " " + grant.getRole() + "@" + grant.getScopeType() + ":"
                + grant.getScopeId());
        PlatformRole role = PlatformRole.ofRoleName(grant.getRole())
                .orElseThrow(() -> refused("identity.grants.unknownRole", grant.getRole()));
        Long province = scopes.resolve(grant.getScopeType(), grant.getScopeId()).map(ResolvedScope::provinceId)
                .orElse(null);
        requireAllowed(REVOKE, heldByCaller(), new Requested(role, grant.getScopeType(), grant.getScopeId(), province));
        if (account.getUsername().equalsIgnoreCase(caller.username())) {
            throw refused("identity.grants.self");
        }
        RoleGrantView view = views.of(grant);
        grants.remove(grant);
        if (grants.grantsOf(account.getId(), grant.getRole()).isEmpty()) {
            directory.removeRealmRole(account.getUsername(), grant.getRole());
        }
        audited.detail("revoked");
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

    private void requireAllowed(String action, List<Held> held, Requested requested) {
        if (!GrantPolicy.allows(held, requested)) {
            throw new AccessDeniedException(caller.username() + " may not " + action + " " + requested.role().roleName()
                    + ": outside the caller's powers");
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

    private static RoleGrantRefusedException refused(String key, String... args) {
        return new RoleGrantRefusedException(key, args);
    }
}
