package org.ziyuanku.service.resource;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.ziyuanku.domain.identity.Organisation;
import org.ziyuanku.domain.system.PlatformRole;
import org.ziyuanku.domain.identity.RoleGrant;
import org.ziyuanku.domain.identity.ScopeType;
import org.ziyuanku.domain.identity.UserAccount;
import org.ziyuanku.domain.library.ResourceLibrary;
import org.ziyuanku.domain.resource.ResourceStatus;
import org.ziyuanku.domain.resource.TeachingResource;

/**
 * One caller's powers over resources. Teachers, course-team leads and library administrators of a host or
 * participating unit contribute to a library; its library administrators (LIBRARY scope) and national administrators
 * manage it; a resource that is not public is seen only by its uploader, by staff of its contributing unit and by the
 * library's managers, so it never reaches anonymous visitors or other schools; a draft that was never submitted is
 * private to its uploader and the library's managers (who may change it on the uploader's behalf), not to reviewers
 * or other staff of the unit. The library's reviewers are those who may decide one of its review levels.
 */
public final class CallerAccess {

    private static final Set<String> CONTRIBUTOR_ROLES = Set.of(PlatformRole.TEACHER.roleName(),
            PlatformRole.COURSE_TEAM_LEAD.roleName(), PlatformRole.LIBRARY_ADMIN.roleName());
    private static final Set<String> REVIEWER_ROLES = Set.of(PlatformRole.REVIEWER.roleName(),
            PlatformRole.COURSE_TEAM_LEAD.roleName());
    private static final Set<String> STAFF_ROLES = Set.of(PlatformRole.TEACHER.roleName(),
            PlatformRole.COURSE_TEAM_LEAD.roleName(), PlatformRole.REVIEWER.roleName(),
            PlatformRole.LIBRARY_ADMIN.roleName(), PlatformRole.SCHOOL_ADMIN.roleName());

    private final UserAccount account;
    private final Predicate<String> holdsRole;
    private final List<RoleGrant> held;

    CallerAccess(UserAccount account, Predicate<String> holdsRole, List<RoleGrant> held) {
        this.account = account;
        this.holdsRole = holdsRole;
        this.held = held;
    }

    public UserAccount account() {
        return account;
    }

    /** Whether the caller may upload into the library. */
    public boolean canContribute(ResourceLibrary library) {
        Organisation unit = account.getOrganisation();
        return manages(library) || unit != null && CONTRIBUTOR_ROLES.stream().anyMatch(holdsRole)
                && (library.getHostUnits().contains(unit) || library.getParticipants().contains(unit));
    }

    /** Whether the caller administers the library's resources. */
    public boolean manages(ResourceLibrary library) {
        return managesAll() || held.stream().anyMatch(g -> isLibraryAdministrator(g) && g.getScopeId() == library.getId());
    }

    /** The ids of the libraries the caller manages; empty when they manage them all (a national administrator). */
    public Optional<List<Long>> managedLibraries() {
        return managesAll() ? Optional.empty()
                : Optional.of(held.stream().filter(CallerAccess::isLibraryAdministrator).map(RoleGrant::getScopeId)
                        .toList());
    }

    /**
     * Whether the caller may see the resource in its present state: a draft only its uploader and the library's
     * managers; a resource under review, returned or taken down also the staff of its contributing unit.
     */
    public boolean canSee(TeachingResource resource) {
        if (resource.isPublic() || isUploader(resource) || manages(resource.getLibrary())) {
            return true;
        }
        if (resource.getStatus() == ResourceStatus.DRAFT) {
            return false;
        }
        Organisation unit = account.getOrganisation();
        boolean sameUnit = unit != null && resource.getContributingUnit() != null
                && Objects.equals(unit.getId(), resource.getContributingUnit().getId());
        return sameUnit && STAFF_ROLES.stream().anyMatch(holdsRole);
    }

    /**
     * Whether the caller reviews for the library: they manage it, or hold a reviewer's or course-team lead's grant for
     * the library itself or for one of its host or participating units.
     */
    public boolean reviews(ResourceLibrary library) {
        return manages(library) || held.stream().filter(g -> REVIEWER_ROLES.contains(g.getRole()))
                .anyMatch(g -> g.getScopeType() == ScopeType.LIBRARY && g.getScopeId() == library.getId()
                        || g.getScopeType() == ScopeType.ORGANISATION && isUnitOf(library, g.getScopeId()));
    }

    /** Whether the caller may change, move or delete the resource: its uploader or the library's managers. */
    public boolean canChange(TeachingResource resource) {
        return isUploader(resource) || manages(resource.getLibrary());
    }

    private static boolean isUnitOf(ResourceLibrary library, long organisationId) {
        return library.getHostUnits().stream().anyMatch(o -> o.getId() == organisationId)
                || library.getParticipants().stream().anyMatch(o -> o.getId() == organisationId);
    }

    private boolean isUploader(TeachingResource resource) {
        return resource.getUploadedBy().getId().equals(account.getId());
    }

    private boolean managesAll() {
        return held.stream().anyMatch(g -> g.getScopeType() == ScopeType.PLATFORM
                && PlatformRole.NATIONAL_ADMIN.roleName().equals(g.getRole()));
    }

    private static boolean isLibraryAdministrator(RoleGrant grant) {
        return grant.getScopeType() == ScopeType.LIBRARY && PlatformRole.LIBRARY_ADMIN.roleName().equals(grant.getRole());
    }
}
