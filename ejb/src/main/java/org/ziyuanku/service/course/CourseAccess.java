package org.ziyuanku.service.course;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashSet;
import java.util.Set;
import org.ziyuanku.domain.course.StandardCourse;
import org.ziyuanku.domain.identity.ScopeType;
import org.ziyuanku.domain.library.ResourceLibrary;
import org.ziyuanku.domain.system.PlatformRole;
import org.ziyuanku.service.audit.AuditedCall;
import org.ziyuanku.service.course.internal.StandardCourseRepository;
import org.ziyuanku.service.identity.Accounts;
import org.ziyuanku.service.identity.Caller;
import org.ziyuanku.service.library.Libraries;

/**
 * The course rules for the request's {@link Caller}. A library administrator, or a course-team lead of one of the
 * library's host or participating units, creates courses in it (and leads those they create). The course team (its
 * lead, and members holding a COURSE-scoped grant) and the library's administrators change a course and see it in
 * every state; everybody else sees it only when it is published: anything else is "not found" (404), so drafts of
 * other people cannot be probed. The lead and the library's administrators send it for review and change the team.
 */
@ApplicationScoped
public class CourseAccess {

    @Inject
    private Caller caller;

    @Inject
    private StandardCourseRepository courses;

    @Inject
    private Libraries libraries;

    @Inject
    private Accounts accounts;

    @Inject
    private AuditedCall audited;

    /** The library, when the caller may create courses in it. */
    public ResourceLibrary libraryForCourses(long libraryId, String action) {
        ResourceLibrary library = libraries.find(libraryId);
        if (library == null) {
            throw new CourseRefusedException("course.refused.noLibrary", Long.toString(libraryId));
        }
        boolean unitLead = caller.holds(PlatformRole.COURSE_TEAM_LEAD) && caller.organisationId()
                .filter(unit -> isUnitOf(library, unit)).isPresent();
        if (!unitLead && !caller.administersLibrary(libraryId)) {
            audited.on("library:" + libraryId, "library:" + libraryId);
            throw caller.denied(action + " in library " + libraryId);
        }
        return library;
    }

    /** The course, when the caller may see it. @throws CourseRefusedException not found otherwise */
    public StandardCourse visible(long id) {
        return courses.find(id).filter(this::canSee).orElseThrow(() -> CourseRefusedException.notFound(id));
    }

    /**
     * The course, when the caller may change it now: a draft, returned or withdrawn course or a pending new version,
     * not one under review nor the published course itself (that changes through a new version).
     */
    public StandardCourse changeable(long id, String action) {
        StandardCourse course = visible(id);
        if (!canEdit(course)) {
            deny(action, course);
        }
        if (!course.isEditable()) {
            throw new CourseRefusedException("course.refused.inReview", course.getName());
        }
        if (course.isPublic()) {
            throw new CourseRefusedException("course.refused.publishedUseVersion", course.getName());
        }
        return course;
    }

    /** The course, when the caller leads it (or administers its library). */
    public StandardCourse led(long id, String action) {
        StandardCourse course = visible(id);
        if (!canLead(course)) {
            deny(action, course);
        }
        return course;
    }

    public boolean canSee(StandardCourse course) {
        return course.isPublic() || canEdit(course);
    }

    public boolean canEdit(StandardCourse course) {
        long root = root(course).getId();
        return canLead(course) || caller.may(PlatformRole.TEACHER, ScopeType.COURSE, root);
    }

    public boolean canLead(StandardCourse course) {
        StandardCourse root = root(course);
        return caller.is(root.getLeadId()) || caller.may(PlatformRole.COURSE_TEAM_LEAD, ScopeType.COURSE, root.getId())
                || caller.administersLibrary(root.getLibraryId());
    }

    /** Whether the caller administers the course's library (takes it down, appoints its lead). */
    public boolean administers(StandardCourse course) {
        return caller.administersLibrary(course.getLibraryId());
    }

    /** The account ids of the course's team: its lead and the holders of a grant for it. */
    public Set<Long> team(StandardCourse course) {
        StandardCourse root = root(course);
        Set<Long> team = new LinkedHashSet<>();
        team.add(root.getLeadId());
        team.addAll(accounts.holderIds(PlatformRole.COURSE_TEAM_LEAD.roleName(), ScopeType.COURSE, root.getId()));
        team.addAll(accounts.holderIds(PlatformRole.TEACHER.roleName(), ScopeType.COURSE, root.getId()));
        return team;
    }

    /** The course learners see: itself, or the published course a revision is a new version of. */
    public static StandardCourse root(StandardCourse course) {
        return course.getRevisionOf() == null ? course : course.getRevisionOf();
    }

    /** Names the course in the audited call's record and throws the refusal. */
    public void deny(String action, StandardCourse course) {
        audited.on("library:" + course.getLibraryId(), "course:" + course.getId());
        throw caller.denied(action + " course " + course.getId());
    }

    /** Whether the organisation is a host or participating unit of the library. */
    public static boolean isUnitOf(ResourceLibrary library, long organisationId) {
        return library.getHostUnits().stream().anyMatch(o -> o.getId() == organisationId)
                || library.getParticipants().stream().anyMatch(o -> o.getId() == organisationId);
    }
}
