package org.ziyuanku.service.resource;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.ziyuanku.domain.identity.Organisation;
import org.ziyuanku.domain.identity.ScopeType;
import org.ziyuanku.domain.library.ResourceLibrary;
import org.ziyuanku.domain.resource.ResourceStatus;
import org.ziyuanku.domain.resource.TeachingResource;
import org.ziyuanku.domain.system.PlatformRole;
import org.ziyuanku.service.identity.Caller;

/**
 * The resource rules, for one {@link Caller}. Teachers, course-team leads and library administrators of a host or
 * participating unit contribute to a library; its library administrators (LIBRARY scope) and national administrators
 * manage it; a resource that is not public is seen only by its uploader, by staff of its contributing unit and by the
 * library's managers, so it never reaches anonymous visitors or other schools; a draft that was never submitted is
 * private to its uploader and the library's managers (who may change it on the uploader's behalf), not to reviewers
 * or other staff of the unit. The library's reviewers are those who may decide one of its review levels.
 */
public final class CallerAccess {

    private static final Set<PlatformRole> CONTRIBUTOR_ROLES = Set.of(PlatformRole.TEACHER,
            PlatformRole.COURSE_TEAM_LEAD, PlatformRole.LIBRARY_ADMIN);
    private static final Set<PlatformRole> REVIEWER_ROLES = Set.of(PlatformRole.REVIEWER,
            PlatformRole.COURSE_TEAM_LEAD);
    private static final Set<PlatformRole> STAFF_ROLES = Set.of(PlatformRole.TEACHER, PlatformRole.COURSE_TEAM_LEAD,
            PlatformRole.REVIEWER, PlatformRole.LIBRARY_ADMIN, PlatformRole.SCHOOL_ADMIN);

    private final Caller caller;

    public CallerAccess(Caller caller) {
        this.caller = caller;
    }

    /** Whether the caller may upload into the library. */
    public boolean canContribute(ResourceLibrary library) {
        return manages(library) || caller.holdsAny(CONTRIBUTOR_ROLES)
                && caller.organisationId().filter(unit -> isUnitOf(library, unit)).isPresent();
    }

    /** Whether the caller administers the library's resources. */
    public boolean manages(ResourceLibrary library) {
        return caller.administersLibrary(library.getId());
    }

    /** The ids of the libraries the caller manages; empty when they manage them all (a national administrator). */
    public Optional<List<Long>> managedLibraries() {
        return caller.administeredLibraries();
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
        Organisation contributing = resource.getContributingUnit();
        return contributing != null && caller.organisationId().filter(contributing.getId()::equals).isPresent()
                && caller.holdsAny(STAFF_ROLES);
    }

    /**
     * Whether the caller reviews for the library: they manage it, or hold a reviewer's or course-team lead's grant for
     * the library itself or for one of its host or participating units.
     */
    public boolean reviews(ResourceLibrary library) {
        return manages(library) || caller.grants().stream().filter(g -> REVIEWER_ROLES.contains(g.role()))
                .anyMatch(g -> g.scopeType() == ScopeType.LIBRARY && g.scopeId() == library.getId()
                        || g.scopeType() == ScopeType.ORGANISATION && isUnitOf(library, g.scopeId()));
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
        return caller.is(resource.getUploadedBy().getId());
    }
}
