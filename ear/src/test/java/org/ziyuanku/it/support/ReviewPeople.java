package org.ziyuanku.it.support;

import java.sql.SQLException;

/**
 * The people of a tiered-review test, each in Keycloak (password {@link TestKeycloak#DEMO_PASSWORD}) and on the
 * platform with scoped grants at 深圳信息职业技术学院, a participating unit of the welding library: an author (teacher),
 * two reviewers of the unit, its course-team lead, one person holding both, a reviewer of another school, and the
 * library's administrator. Names end with a suffix of the test's choosing.
 */
public final class ReviewPeople {

    public final String author;
    public final String reviewer;
    public final String secondReviewer;
    public final String courseLead;
    public final String both;
    public final String outsider;
    public final String administrator;
    public final long library;

    private ReviewPeople(String suffix) throws SQLException {
        author = "rv-author-" + suffix;
        reviewer = "rv-reviewer-" + suffix;
        secondReviewer = "rv-reviewer2-" + suffix;
        courseLead = "rv-lead-" + suffix;
        both = "rv-both-" + suffix;
        outsider = "rv-outsider-" + suffix;
        administrator = "rv-admin-" + suffix;
        library = TestResources.contributor(author);
        long school = TestAccounts.organisation(TestResources.DEMO_SCHOOL);
        unitMember(reviewer, school, "reviewer");
        unitMember(secondReviewer, school, "reviewer");
        unitMember(courseLead, school, "course-team-lead");
        unitMember(both, school, "reviewer", "course-team-lead");
        long other = TestAccounts.organisation(TestAccounts.SCHOOL_B);
        unitMember(outsider, other, "reviewer");
        TestResources.libraryAdministrator(administrator, library);
    }

    /** Creates everybody; {@link #forget()} removes them again. */
    public static ReviewPeople create(String suffix) throws SQLException {
        TestKeycloak.ensureRunning();
        return new ReviewPeople(suffix);
    }

    /** Deletes what they created on the platform (their uploads, review work, grants and accounts). */
    public void forget() throws SQLException {
        TestResources.forget(author, reviewer, secondReviewer, courseLead, both, outsider, administrator);
    }

    private static void unitMember(String username, long organisation, String... roles) throws SQLException {
        TestKeycloak.createUser(username, roles);
        long account = TestAccounts.account(username, organisation);
        for (String role : roles) {
            TestAccounts.grant(account, role, "ORGANISATION", organisation);
        }
    }
}
