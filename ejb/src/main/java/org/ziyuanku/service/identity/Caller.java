package org.ziyuanku.service.identity;

import java.io.Serializable;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.ziyuanku.domain.identity.Organisation;
import org.ziyuanku.domain.identity.ScopeType;
import org.ziyuanku.domain.system.PlatformRole;
import org.ziyuanku.service.system.AccessDeniedException;
import org.ziyuanku.service.system.CurrentCaller;

/**
 * Who is calling and what they may do: the one answer for every service and bean of a request, produced once per
 * request by {@code identity.internal.CallerProducer}. It holds the account id, user name, display name, organisation,
 * the realm roles the caller holds now and their role grants with scopes; a grant counts only while its realm role
 * is held. Calls without a principal (anonymous visitors, timers, batch) get the {@link #anonymous()} caller, who holds
 * nothing. Ids and small records only, no entities. The contexts below identity (system, audit) see it as the
 * kernel's {@link CurrentCaller}.
 */
public class Caller implements CurrentCaller, Serializable {

    /** The name of the caller without a principal, as the container names them. */
    public static final String ANONYMOUS = "anonymous";

    private static final long serialVersionUID = 1L;

    private final Long accountId;
    private final String username;
    private final String displayName;
    private final Long organisationId;
    private final String organisationName;
    private final Set<PlatformRole> roles;
    private final List<Grant> grants;

    /** One role held within a scope (a {@code role_grant} row whose realm role the caller holds). */
    public record Grant(PlatformRole role, ScopeType scopeType, long scopeId) implements Serializable {
    }

    /** For the container's client proxy only. */
    protected Caller() {
        this(null, ANONYMOUS, ANONYMOUS, null, null, Set.of(), List.of());
    }

    /**
     * A signed-in caller; grants whose realm role is not among {@code roles} are left out.
     *
     * @param organisationId their organisation, or null while they belong to none
     */
    public Caller(Long accountId, String username, String displayName, Long organisationId, String organisationName,
            Set<PlatformRole> roles, List<Grant> grants) {
        this.accountId = accountId;
        this.username = username;
        this.displayName = displayName == null || displayName.isBlank() ? username : displayName;
        this.organisationId = organisationId;
        this.organisationName = organisationName;
        this.roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
        this.grants = grants.stream().filter(g -> this.roles.contains(g.role())).toList();
    }

    /** The caller without a principal: no account, no role, no grant. */
    public static Caller anonymous() {
        return new Caller();
    }

    @Override
    public boolean isAnonymous() {
        return accountId == null;
    }

    /** The platform account's id; null for the anonymous caller. */
    @Override
    public Long accountId() {
        return accountId;
    }

    /** The user name (the principal's name), {@value #ANONYMOUS} without a principal. */
    @Override
    public String username() {
        return username;
    }

    /** The name to show (as in Keycloak when the account was created), the user name when there is none. */
    public String displayName() {
        return displayName;
    }

    /** The caller's organisation (school, company …), if they belong to one. */
    public Optional<Long> organisationId() {
        return Optional.ofNullable(organisationId);
    }

    /** The organisation's name, or null. */
    public String organisationName() {
        return organisationName;
    }

    /** The realm roles the caller holds now. */
    public Set<PlatformRole> roles() {
        return roles;
    }

    /** The role grants that count (their realm role is held). */
    public List<Grant> grants() {
        return grants;
    }

    /** Whether the caller holds the realm role now. */
    @Override
    public boolean holds(PlatformRole role) {
        return roles.contains(role);
    }

    /** Whether the caller holds the realm role of that name (the audit trail's and the API's question). */
    @Override
    public boolean holdsRole(String roleName) {
        return PlatformRole.ofRoleName(roleName).map(roles::contains).orElse(false);
    }

    /** Whether the caller holds any of the realm roles. */
    public boolean holdsAny(Set<PlatformRole> any) {
        return any.stream().anyMatch(roles::contains);
    }

    /** Whether a grant of the role holds in exactly that scope. */
    public boolean may(PlatformRole role, ScopeType scopeType, long scopeId) {
        return grants.stream().anyMatch(g -> g.role() == role && g.scopeType() == scopeType && g.scopeId() == scopeId);
    }

    /** Whether the caller holds the role for the whole platform. */
    public boolean mayOnPlatform(PlatformRole role) {
        return grants.stream().anyMatch(g -> g.role() == role && g.scopeType() == ScopeType.PLATFORM);
    }

    /** The ids of the scopes of that type in which the caller holds the role. */
    public List<Long> scopesOf(PlatformRole role, ScopeType scopeType) {
        return grants.stream().filter(g -> g.role() == role && g.scopeType() == scopeType).map(Grant::scopeId)
                .toList();
    }

    /**
     * Whether the caller administers the organisation: a school administrator of it, a provincial administrator of
     * its province, or a national or security administrator of the platform.
     *
     * @param provinceId the organisation's province, or null
     */
    public boolean administersOrganisation(long organisationId, Long provinceId) {
        return may(PlatformRole.SCHOOL_ADMIN, ScopeType.ORGANISATION, organisationId)
                || provinceId != null && may(PlatformRole.PROVINCIAL_ADMIN, ScopeType.PROVINCE, provinceId)
                || mayOnPlatform(PlatformRole.NATIONAL_ADMIN) || mayOnPlatform(PlatformRole.SECURITY_ADMIN);
    }

    /** Whether the caller administers the organisation (see {@link #administersOrganisation(long, Long)}). */
    public boolean administers(Organisation organisation) {
        return administersOrganisation(organisation.getId(),
                organisation.getProvince() == null ? null : organisation.getProvince().getId());
    }

    /** Throws {@link AccessDeniedException} unless the caller administers the organisation. */
    public void requireAdministrator(Organisation organisation) {
        if (!administers(organisation)) {
            throw denied("administer organisation " + organisation.getId());
        }
    }

    /** Whether the caller administers every library (a national administrator). */
    public boolean administersAllLibraries() {
        return mayOnPlatform(PlatformRole.NATIONAL_ADMIN);
    }

    /** Whether the caller administers the library: its library administrator, or a national administrator. */
    public boolean administersLibrary(long libraryId) {
        return administersAllLibraries() || may(PlatformRole.LIBRARY_ADMIN, ScopeType.LIBRARY, libraryId);
    }

    /** The ids of the libraries the caller administers; empty when they administer them all. */
    public Optional<List<Long>> administeredLibraries() {
        return administersAllLibraries() ? Optional.empty()
                : Optional.of(scopesOf(PlatformRole.LIBRARY_ADMIN, ScopeType.LIBRARY));
    }

    /** Throws {@link AccessDeniedException} unless the caller holds the realm role. */
    public void require(PlatformRole role) {
        if (!holds(role)) {
            throw new AccessDeniedException(username + " is not " + role.roleName());
        }
    }

    /** The refusal of {@code what} to this caller, for the caller's own {@code throw}. */
    public AccessDeniedException denied(String what) {
        return new AccessDeniedException(username + " may not " + what);
    }

    /** Whether this is the account with that id. */
    public boolean is(Long otherAccountId) {
        return accountId != null && accountId.equals(otherAccountId);
    }
}
