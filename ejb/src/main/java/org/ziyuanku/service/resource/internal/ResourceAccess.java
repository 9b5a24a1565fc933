package org.ziyuanku.service.resource.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.ziyuanku.domain.identity.Organisation;
import org.ziyuanku.domain.identity.PlatformRole;
import org.ziyuanku.domain.identity.RoleGrant;
import org.ziyuanku.domain.identity.ScopeType;
import org.ziyuanku.domain.identity.UserAccount;
import org.ziyuanku.domain.library.ResourceLibrary;
import org.ziyuanku.domain.resource.TeachingResource;
import org.ziyuanku.service.identity.internal.RoleGrantRepository;

/**
 * Who may do what with a library's resources. Teachers, course-team leads and library administrators of a host or
 * participating unit contribute to it; its library administrators and national administrators manage it; a resource
 * that is not public is seen only by its uploader, by staff of its contributing unit and by the library's managers, so
 * drafts never reach anonymous visitors or other schools. A grant counts only while the caller holds its realm role.
 */
@ApplicationScoped
public class ResourceAccess {

    private static final Set<String> CONTRIBUTOR_ROLES = Set.of(PlatformRole.TEACHER.roleName(),
            PlatformRole.COURSE_TEAM_LEAD.roleName(), PlatformRole.LIBRARY_ADMIN.roleName());
    private static final Set<String> STAFF_ROLES = Set.of(PlatformRole.TEACHER.roleName(),
            PlatformRole.COURSE_TEAM_LEAD.roleName(), PlatformRole.REVIEWER.roleName(),
            PlatformRole.LIBRARY_ADMIN.roleName(), PlatformRole.SCHOOL_ADMIN.roleName());

    @Inject
    private RoleGrantRepository grants;

    /** Whether the account may upload into the library. */
    public boolean canContribute(UserAccount account, Predicate<String> holdsRole, ResourceLibrary library) {
        if (manages(account, holdsRole, library)) {
            return true;
        }
        Organisation unit = account.getOrganisation();
        return unit != null && CONTRIBUTOR_ROLES.stream().anyMatch(holdsRole)
                && (library.getHostUnits().contains(unit) || library.getParticipants().contains(unit));
    }

    /** Whether the account administers the library's resources (library or national administrator). */
    public boolean manages(UserAccount account, Predicate<String> holdsRole, ResourceLibrary library) {
        return grants.grantsOf(account.getUsername()).stream()
                .filter(g -> holdsRole.test(g.getRole()))
                .anyMatch(g -> covers(g, library));
    }

    /** The ids of the libraries the account manages; empty when it manages them all (a national administrator). */
    public Optional<List<Long>> managedLibraries(UserAccount account, Predicate<String> holdsRole) {
        List<RoleGrant> held = grants.grantsOf(account.getUsername()).stream().filter(g -> holdsRole.test(g.getRole()))
                .toList();
        if (held.stream().anyMatch(g -> g.getScopeType() == ScopeType.PLATFORM
                && PlatformRole.NATIONAL_ADMIN.roleName().equals(g.getRole()))) {
            return Optional.empty();
        }
        return Optional.of(held.stream().filter(g -> g.getScopeType() == ScopeType.LIBRARY
                && PlatformRole.LIBRARY_ADMIN.roleName().equals(g.getRole())).map(RoleGrant::getScopeId).toList());
    }

    /** Whether the account may see the resource in its present state. */
    public boolean canSee(UserAccount account, Predicate<String> holdsRole, TeachingResource resource) {
        if (resource.isPublic() || resource.getUploadedBy().getId().equals(account.getId())) {
            return true;
        }
        Organisation unit = account.getOrganisation();
        boolean sameUnit = unit != null && resource.getContributingUnit() != null
                && Objects.equals(unit.getId(), resource.getContributingUnit().getId());
        return sameUnit && STAFF_ROLES.stream().anyMatch(holdsRole)
                || manages(account, holdsRole, resource.getLibrary());
    }

    /** Whether the account may change, move or delete the resource: its uploader or the library's managers. */
    public boolean canChange(UserAccount account, Predicate<String> holdsRole, TeachingResource resource) {
        return resource.getUploadedBy().getId().equals(account.getId())
                || manages(account, holdsRole, resource.getLibrary());
    }

    private static boolean covers(RoleGrant grant, ResourceLibrary library) {
        return grant.getScopeType() == ScopeType.LIBRARY && PlatformRole.LIBRARY_ADMIN.roleName().equals(grant.getRole())
                && grant.getScopeId() == library.getId()
                || grant.getScopeType() == ScopeType.PLATFORM
                        && PlatformRole.NATIONAL_ADMIN.roleName().equals(grant.getRole());
    }
}
