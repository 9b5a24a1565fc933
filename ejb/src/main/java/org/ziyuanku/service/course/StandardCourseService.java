package org.ziyuanku.service.course;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.ziyuanku.domain.course.CourseNode;
import org.ziyuanku.domain.course.CoursePortalTemplate;
import org.ziyuanku.domain.course.StandardCourse;
import org.ziyuanku.domain.identity.ScopeType;
import org.ziyuanku.domain.identity.UserAccount;
import org.ziyuanku.domain.library.ResourceLibrary;
import org.ziyuanku.domain.system.PlatformRole;
import org.ziyuanku.service.audit.AuditTarget;
import org.ziyuanku.service.audit.Audited;
import org.ziyuanku.service.audit.AuditedCall;
import org.ziyuanku.service.course.internal.CourseNodeRepository;
import org.ziyuanku.service.course.internal.CourseViews;
import org.ziyuanku.service.course.internal.StandardCourseRepository;
import org.ziyuanku.service.identity.Accounts;
import org.ziyuanku.service.identity.Caller;
import org.ziyuanku.service.library.Libraries;
import org.ziyuanku.service.review.ScreenedText;
import org.ziyuanku.service.review.SensitiveWordScreening;

/**
 * Standard courses for their teams (runs in the OIDC virtual security domain): creating one in a library (the creator
 * leads it), describing it, choosing its portal template, the caller's courses, a new version of a published course
 * (a revision row with the same node keys, reviewed while the published course stays as learners know it), and the
 * team. Every text is screened for sensitive words; every change is audited.
 */
@Stateless
@PermitAll
public class StandardCourseService {

    private static final int MAX_MINE = 200;

    @Inject
    private Caller caller;

    @Inject
    private CourseAccess access;

    @Inject
    private StandardCourseRepository courses;

    @Inject
    private CourseNodeRepository nodes;

    @Inject
    private CourseViews views;

    @Inject
    private Accounts accounts;

    @Inject
    private Libraries libraries;

    @Inject
    private SensitiveWordScreening screening;

    @Inject
    private AuditedCall audited;

    @Inject
    private Event<CourseNodesCopied> nodesCopied;

    /** Creates a draft course in the library, led by the caller. Audited as {@code COURSE_CREATE}. */
    @Audited(action = "COURSE_CREATE")
    public CourseView create(CourseCommands.Create command) {
        ResourceLibrary library = access.libraryForCourses(command.libraryId(), "COURSE_CREATE");
        if (blank(command.code()) || blank(command.name())) {
            throw new CourseRefusedException("course.refused.codeAndNameRequired");
        }
        screening.refuseBlocked(List.of(new ScreenedText("course", command.code()),
                new ScreenedText("name", command.name())));
        if (courses.codeTaken(library.getId(), command.code().strip())) {
            throw new CourseRefusedException("course.refused.codeTaken", command.code().strip());
        }
        Long unit = caller.organisationId().filter(o -> CourseAccess.isUnitOf(library, o))
                .orElse(library.getHostUnits().isEmpty() ? null : library.getHostUnits().get(0).getId());
        StandardCourse course = attempt(() -> new StandardCourse(library.getId(), command.code(), command.name(), unit,
                caller.accountId(), caller.accountId()));
        courses.add(course);
        audited.done("library:" + library.getId(), "course:" + course.getId(), course.getName());
        return views.of(course, true, true);
    }

    /** The course's attributes and portal template anew. Audited as {@code COURSE_DESCRIBE}. */
    @Audited(action = "COURSE_DESCRIBE")
    public CourseView describe(@AuditTarget("course:") long id, CourseCommands.Describe d) {
        StandardCourse course = access.changeable(id, "COURSE_DESCRIBE");
        audited.on("library:" + course.getLibraryId(), "course:" + id);
        if (blank(d.name())) {
            throw new CourseRefusedException("course.refused.codeAndNameRequired");
        }
        if (d.majorId() != null && !libraries.majorExists(d.majorId())) {
            throw new CourseRefusedException("course.refused.noMajor", d.majorId().toString());
        }
        screening.refuseBlocked(Stream.of(new ScreenedText("name", d.name()),
                new ScreenedText("description", d.introduction()), new ScreenedText("description", d.objectives()),
                new ScreenedText("text", d.standardText())).filter(t -> t.text() != null).toList());
        CoursePortalTemplate template = d.portalTemplate() == null ? course.getPortalTemplate()
                : attempt(() -> CoursePortalTemplate.valueOf(d.portalTemplate()));
        attempt(() -> {
            course.describe(d.name(), d.majorId(), d.hours(), d.credits(), d.introduction(), d.objectives(),
                    d.standardText());
            course.chooseTemplate(template);
            return course;
        });
        return views.of(course, true, access.canLead(course));
    }

    /** The course as the caller may see it. @throws CourseRefusedException not found otherwise */
    public CourseView get(long id) {
        StandardCourse course = access.visible(id);
        return views.of(course, access.canEdit(course), access.canLead(course));
    }

    /** The courses the caller leads or belongs to the team of, newest first. */
    public List<CourseView> mine() {
        if (caller.isAnonymous()) {
            return List.of();
        }
        List<Long> granted = new ArrayList<>(caller.scopesOf(PlatformRole.TEACHER, ScopeType.COURSE));
        granted.addAll(caller.scopesOf(PlatformRole.COURSE_TEAM_LEAD, ScopeType.COURSE));
        return courses.ledOrIn(caller.accountId(), granted, MAX_MINE).stream()
                .map(c -> views.of(c, true, access.canLead(c))).toList();
    }

    /**
     * A new version of the published course: a copy of its attributes and outline (same node keys) that the team
     * edits and sends for review; answers the new version. Audited as {@code COURSE_NEW_VERSION}.
     */
    @Audited(action = "COURSE_NEW_VERSION")
    public CourseView newVersion(@AuditTarget("course:") long id) {
        StandardCourse course = CourseAccess.root(access.visible(id));
        if (!access.canEdit(course)) {
            access.deny("COURSE_NEW_VERSION", course);
        }
        if (!course.isPublic()) {
            throw new CourseRefusedException("course.refused.notPublished", course.getName());
        }
        if (courses.revisionOf(course).isPresent()) {
            throw new CourseRefusedException("course.refused.revisionExists", course.getName());
        }
        StandardCourse revision = courses.add(course.newRevision(caller.accountId()));
        Map<Long, CourseNode> copies = new HashMap<>();
        for (CourseNode node : nodes.outline(course)) {
            CourseNode parent = node.getParent() == null ? null : copies.get(node.getParent().getId());
            copies.put(node.getId(), nodes.add(node.copyFor(revision, parent)));
        }
        Map<Long, Long> copyIds = new HashMap<>();
        copies.forEach((from, to) -> copyIds.put(from, to.getId()));
        nodesCopied.fire(new CourseNodesCopied(copyIds));
        audited.on("library:" + course.getLibraryId(), "course:" + course.getId());
        audited.detail("version " + revision.getCourseVersion());
        return views.of(revision, true, access.canLead(revision));
    }

    /**
     * Adds a teacher of one of the library's units to the course team (a COURSE-scoped teacher grant), for the lead
     * or the library's administrators. Audited as {@code COURSE_TEAM_GRANT}.
     */
    @Audited(action = "COURSE_TEAM_GRANT")
    public List<Long> addMember(@AuditTarget("course:") long id, String username) {
        StandardCourse course = CourseAccess.root(access.led(id, "COURSE_TEAM_GRANT"));
        audited.on("library:" + course.getLibraryId(), "course:" + course.getId());
        UserAccount member = accounts.find(username == null ? "" : username.strip())
                .orElseThrow(() -> new CourseRefusedException("course.refused.noSuchMember", String.valueOf(username)));
        if (access.team(course).contains(member.getId())) {
            return List.copyOf(access.team(course));
        }
        accounts.grant(member, PlatformRole.TEACHER.roleName(), ScopeType.COURSE, course.getId(), caller.username());
        audited.detail(member.getUsername());
        return List.copyOf(access.team(course));
    }

    /** The account ids of the course team (lead first). */
    public List<Long> team(long id) {
        return List.copyOf(access.team(access.visible(id)));
    }

    /** The course team as its pages show it: name and user name, lead first. */
    public List<CourseTeamMemberView> teamMembers(long id) {
        StandardCourse course = CourseAccess.root(access.visible(id));
        List<Long> ids = List.copyOf(access.team(course));
        Map<Long, UserAccount> byId = accounts.byId(ids);
        return ids.stream().filter(byId::containsKey).map(byId::get).map(a -> new CourseTeamMemberView(a.getId(),
                a.getUsername(), a.getDisplayName() == null ? a.getUsername() : a.getDisplayName(),
                a.getId() == course.getLeadId())).toList();
    }

    /**
     * Takes a member off the course team (their COURSE-scoped grants), for the lead or the library's administrators;
     * the lead stays. Audited as {@code COURSE_TEAM_REVOKE}.
     */
    @Audited(action = "COURSE_TEAM_REVOKE")
    public List<Long> removeMember(@AuditTarget("course:") long id, long accountId) {
        StandardCourse course = CourseAccess.root(access.led(id, "COURSE_TEAM_REVOKE"));
        audited.on("library:" + course.getLibraryId(), "course:" + course.getId());
        if (accountId == course.getLeadId()) {
            throw new CourseRefusedException("course.refused.leadStays");
        }
        if (!access.team(course).contains(accountId)) {
            throw new CourseRefusedException("course.refused.notInTeam");
        }
        accounts.revokeScoped(accountId, PlatformRole.TEACHER.roleName(), ScopeType.COURSE, course.getId());
        accounts.revokeScoped(accountId, PlatformRole.COURSE_TEAM_LEAD.roleName(), ScopeType.COURSE, course.getId());
        audited.detail("account:" + accountId);
        return List.copyOf(access.team(course));
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    /** Runs the domain change; its rule violations become a refusal naming the rule. */
    static <T> T attempt(Supplier<T> change) {
        try {
            return change.get();
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw new CourseRefusedException("course.refused.attribute", e.getMessage());
        }
    }
}
