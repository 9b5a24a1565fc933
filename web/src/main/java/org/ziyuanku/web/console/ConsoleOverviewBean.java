package org.ziyuanku.web.console;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.ziyuanku.domain.resource.ResourceStatus;
import org.ziyuanku.service.identity.OrganisationMemberService;
import org.ziyuanku.service.identity.OrganisationUnitService;
import org.ziyuanku.service.resource.ResourceWorkspaceService;
import org.ziyuanku.service.review.ReviewDecisionService;
import org.ziyuanku.service.review.ReviewLevelCount;
import org.ziyuanku.service.review.ReviewStatisticsService;
import org.ziyuanku.service.review.ReviewStatisticsView;
import org.ziyuanku.service.review.ReviewSubmissionView;
import org.ziyuanku.service.review.ReviewSubmissionService;
import org.ziyuanku.service.system.AccessDeniedException;

/**
 * What waits for the signed-in user on the console home (console/index.xhtml): own drafts, returned submissions,
 * review tasks per level, and for administrators the figures of what they administer. Each figure is read only for
 * the roles the page shows it to, and at most once per request.
 */
@Named
@RequestScoped
public class ConsoleOverviewBean {

    private static final int MAX_OWN = 500;

    @Inject
    private UserSession userSession;

    @EJB
    private ResourceWorkspaceService workspace;

    @EJB
    private ReviewSubmissionService submissions;

    @EJB
    private ReviewDecisionService decisions;

    @EJB
    private ReviewStatisticsService statistics;

    @EJB
    private OrganisationUnitService organisations;

    @EJB
    private OrganisationMemberService members;

    private Long drafts;
    private Long returned;
    private List<ReviewLevelCount> tasks;
    private ReviewStatisticsView libraryFigures;
    private Long school;
    private Integer schoolMembers;

    /** Whether the user uploads resources (and so has drafts and submissions). */
    public boolean isContributor() {
        return userSession.has("teacher", "course-team-lead", "library-admin", "national-admin");
    }

    /** Whether the user decides review tasks. */
    public boolean isReviewer() {
        return userSession.has("reviewer", "course-team-lead", "library-admin");
    }

    /** Whether the user administers libraries' resources and review. */
    public boolean isLibraryAdministrator() {
        return userSession.has("library-admin", "national-admin");
    }

    /** The user's own resources that are still drafts (never submitted, or withdrawn). */
    public long getDrafts() {
        if (drafts == null) {
            drafts = workspace.mine(MAX_OWN).stream().filter(r -> r.status() == ResourceStatus.DRAFT).count();
        }
        return drafts;
    }

    /** The user's items whose latest submission was returned by a reviewer. */
    public long getReturned() {
        if (returned == null) {
            Set<String> seen = new HashSet<>();
            returned = submissions.mine().stream()
                    .filter(s -> seen.add(s.subjectType() + ':' + s.subjectId()))
                    .map(ReviewSubmissionView::status).filter("REJECTED"::equals).count();
        }
        return returned;
    }

    /** The open review tasks the user may decide, per level, lowest level first. */
    public List<ReviewLevelCount> getTasks() {
        if (tasks == null) {
            tasks = decisions.openTasksByLevel();
        }
        return tasks;
    }

    /** Items published from, and waiting in review in, the libraries the user administers. */
    public ReviewStatisticsView getLibraryFigures() {
        if (libraryFigures == null) {
            libraryFigures = statistics.statistics(null);
        }
        return libraryFigures;
    }

    /** How many items wait at any level of the libraries the user administers. */
    public long getInReview() {
        return getLibraryFigures().levels().stream().mapToLong(ReviewStatisticsView.LevelLine::waiting).sum();
    }

    /** The school the user administers, or null when they administer none (or it is not theirs to see). */
    public Long getSchool() {
        loadSchool();
        return school;
    }

    /** The number of people of the school the user administers. */
    public int getSchoolMembers() {
        loadSchool();
        return schoolMembers == null ? 0 : schoolMembers;
    }

    private void loadSchool() {
        if (schoolMembers != null || !userSession.has("school-admin")) {
            return;
        }
        schoolMembers = 0;
        try {
            school = organisations.callersOrganisation().orElse(null);
            schoolMembers = school == null ? 0 : members.listMembers(school).map(List::size).orElse(0);
        } catch (AccessDeniedException e) {
            school = null;
        }
    }
}
