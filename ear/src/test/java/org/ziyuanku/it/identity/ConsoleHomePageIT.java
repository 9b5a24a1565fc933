package org.ziyuanku.it.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.ziyuanku.it.Deployments;
import org.ziyuanku.it.pages.ConsoleHomePage;
import org.ziyuanku.it.support.ApiClient;
import org.ziyuanku.it.support.BrowserTest;
import org.ziyuanku.it.support.ReviewPeople;
import org.ziyuanku.it.support.TestAccounts;
import org.ziyuanku.it.support.TestDatabase;
import org.ziyuanku.it.support.TestKeycloak;
import org.ziyuanku.it.support.TestResources;
import org.ziyuanku.it.support.TestReview;

/**
 * The console home seen per role, in Chromium: only the entries the role may use (no empty item, no link answering
 * 403), grouped, each a link with text; and the figures of what waits for the user — a teacher's drafts and returned
 * submissions, a reviewer's tasks per level, unread notifications, a library administrator's published and in-review
 * items — equal to what the platform holds. The upload page offers only libraries the user contributes to.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ConsoleHomePageIT extends BrowserTest {

    private static final String BASE = Deployments.BASE_URL;
    private static final String SUFFIX = Long.toString(System.currentTimeMillis() % 100_000);
    private static final String LEARNER = "home-learner-" + SUFFIX;
    private static final String SCHOOL_ADMIN = "home-schooladmin-" + SUFFIX;
    private static final String SECURITY_ADMIN = "home-secadmin-" + SUFFIX;
    private static final String AUDIT_ADMIN = "home-auditadmin-" + SUFFIX;
    private static final String SYSTEM_ADMIN = "home-sysadmin-" + SUFFIX;
    private static final List<String> OWN_ENTRIES = List.of("menuNotifications", "menuProfile", "realNameLink",
            "menuMyFavourites", "menuMyNotes", "menuArchive", "menuPoints");
    private static final List<String> CONTRIBUTOR_ENTRIES = List.of("menuUpload", "menuMine", "menuSubmissions");
    private static final List<String> ADMINISTRATION_ENTRIES = List.of("menuReviewStatistics", "menuReviewPolicy",
            "menuOrganisation", "menuGrants", "menuSensitiveWords", "menuAudit");
    private static ReviewPeople people;
    private static long waiting;

    /** The author has one draft, one item in review at level 1 and one returned by the unit's reviewer. */
    @BeforeAll
    static void peopleAndWork() throws Exception {
        people = ReviewPeople.create("home" + SUFFIX);
        TestReview.levels(people.administrator, people.library, "UNIT_REVIEWER");
        TestKeycloak.createUser(LEARNER, "learner");
        TestAccounts.account(LEARNER, TestAccounts.organisation(TestAccounts.SCHOOL_A));
        TestAccounts.schoolAdministrator(SCHOOL_ADMIN, TestAccounts.organisation(TestAccounts.SCHOOL_B));
        for (String admin : List.of(SECURITY_ADMIN, AUDIT_ADMIN, SYSTEM_ADMIN)) {
            String role = admin.equals(SECURITY_ADMIN) ? "security-admin" : admin.equals(AUDIT_ADMIN) ? "audit-admin"
                    : "system-admin";
            TestKeycloak.createUser(admin, role);
            TestAccounts.grant(TestAccounts.account(admin, null), role, "PLATFORM", 0);
        }
        draft("草稿" + SUFFIX);
        waiting = draft("待审" + SUFFIX);
        assertEquals(200, TestReview.submit(people.author, waiting).statusCode());
        long returned = draft("退回" + SUFFIX);
        assertEquals(200, TestReview.submit(people.author, returned).statusCode());
        HttpResponse<String> rejected = TestReview.decide(people.reviewer, TestReview.taskFor(people.reviewer,
                returned), "REJECT", "请补充说明", "{}");
        assertEquals(200, rejected.statusCode(), rejected.body());
    }

    @AfterAll
    static void forgetPeople() throws Exception {
        people.forget();
        TestResources.forget(LEARNER, SCHOOL_ADMIN, SECURITY_ADMIN, AUDIT_ADMIN, SYSTEM_ADMIN);
    }

    @Test
    void teacher_seesTheirWorkEntriesOnly_andTheirDraftsReturnedAndUnreadCounts() {
        ConsoleHomePage home = signIn(people.author);
        assertTrue(home.menuEntries().containsAll(CONTRIBUTOR_ENTRIES), home.menuEntries().toString());
        assertFalse(home.menuEntries().contains("menuReviewQueue"), home.menuEntries().toString());
        assertTrue(home.menuEntries().stream().noneMatch(ADMINISTRATION_ENTRIES::contains), home.menuEntries().toString());
        assertEquals(1, home.figure("countDrafts"), "one draft never submitted");
        assertEquals(1, home.figure("countReturned"), "one submission returned");
        assertEquals(unread(people.author), home.figure("countUnread"));
        assertTrue(home.figure("countUnread") >= 1, "the return was notified");
        assertTrue(home.hrefOf("countDrafts").endsWith("/console/resource/mine.xhtml"), home.hrefOf("countDrafts"));
        assertTrue(home.hrefOf("countReturned").endsWith("/console/review/submissions.xhtml"));
        assertFalse(home.shows("countPublished") || home.shows("countMembers") || home.shows("countTasks"));
        assertEveryEntryIsAnOpenLinkWithText(home, people.author);
    }

    @Test
    void reviewer_seesTheQueue_andTheTasksWaitingPerLevel() {
        ConsoleHomePage home = signIn(people.reviewer);
        assertTrue(home.menuEntries().contains("menuReviewQueue"), home.menuEntries().toString());
        assertTrue(home.menuEntries().stream().noneMatch(CONTRIBUTOR_ENTRIES::contains), home.menuEntries().toString());
        assertFalse(home.shows("countDrafts") || home.shows("countReturned"), "a reviewer uploads nothing");
        long queued = openTasks(people.reviewer, 1);
        assertTrue(queued >= 1, "the waiting submission is in the reviewer's level-1 queue");
        assertEquals(queued, home.tasksAtLevel(1));
        assertEquals(0, home.tasksAtLevel(2));
        assertEveryEntryIsAnOpenLinkWithText(home, people.reviewer);
    }

    @Test
    void learner_seesNoEmptyEntry_andTheUploadPageSaysThereIsNoLibrary() {
        ConsoleHomePage home = signIn(LEARNER);
        assertEquals(concat(OWN_ENTRIES, List.of("teachingJoinLink")), home.menuEntries());
        assertEquals(List.of("groupMine", "groupTeaching"), driver.findElements(By.cssSelector("#consoleMenu .ui-card"))
                .stream().map(c -> c.getAttribute("id")).toList(), "the learner's own, and joining a class");
        assertFalse(home.shows("countDrafts") || home.shows("countTasks") || home.shows("countPublished"));
        assertEquals(0, home.figure("countUnread"));
        assertEveryEntryIsAnOpenLinkWithText(home, LEARNER);

        driver.get(BASE + "/console/resource/upload.xhtml?library=" + people.library);
        assertFalse(driver.findElements(By.id("noLibrary")).isEmpty(), driver.getPageSource());
        assertTrue(driver.findElements(By.id("uploadForm")).isEmpty(), "no form without a library");
    }

    @Test
    void libraryAdministrator_seesTheFiguresOfTheirLibrary() throws Exception {
        ConsoleHomePage home = signIn(people.administrator);
        assertTrue(home.menuEntries().containsAll(List.of("menuReviewQueue", "menuReviewStatistics",
                "menuReviewPolicy")), home.menuEntries().toString());
        assertFalse(home.menuEntries().contains("menuAudit") || home.menuEntries().contains("menuGrants"));
        assertEquals(TestDatabase.queryLong("select count(*) from review_task t join review_submission s on"
                + " s.id = t.submission_id where t.status = 'OPEN' and s.library_id = ?", people.library),
                home.figure("countInReview"));
        assertTrue(home.figure("countInReview") >= 1);
        assertEquals(TestDatabase.queryLong("select count(*) from review_submission where library_id = ? and status"
                + " in ('PUBLISHED', 'SUPERSEDED')", people.library), home.figure("countPublished"));
        assertEveryEntryIsAnOpenLinkWithText(home, people.administrator);
    }

    @Test
    void schoolAdministrator_seesTheirSchoolsEntries_andHowManyPeopleItHas() throws Exception {
        ConsoleHomePage home = signIn(SCHOOL_ADMIN);
        assertEquals(concat(OWN_ENTRIES, List.of("menuOrganisation", "menuGrants")), home.menuEntries());
        long school = TestAccounts.organisation(TestAccounts.SCHOOL_B);
        assertEquals(TestDatabase.queryLong("select count(*) from user_account where organisation_id = ?", school),
                home.figure("countMembers"));
        assertTrue(home.figure("countMembers") >= 1, "the administrator is one of them");
        assertTrue(home.hrefOf("countMembers").endsWith("/console/identity/members.xhtml?organisation=" + school));
        assertFalse(home.shows("countDrafts") || home.shows("countTasks") || home.shows("countPublished"));
        assertEquals(unread(SCHOOL_ADMIN), home.figure("countUnread"));
        assertEveryEntryIsAnOpenLinkWithText(home, SCHOOL_ADMIN);
    }

    @Test
    void securityAuditAndSystemAdministrators_seeOnlyTheirOwnEntries() {
        Map<String, List<String>> expected = Map.of(
                SECURITY_ADMIN, concat(OWN_ENTRIES, List.of("menuSensitiveWords", "menuGrants")),
                AUDIT_ADMIN, concat(OWN_ENTRIES, List.of("menuAudit")),
                SYSTEM_ADMIN, concat(OWN_ENTRIES, List.of("menuOperations", "menuBackups", "menuDictionary",
                        "menuPointRules")));
        for (Map.Entry<String, List<String>> admin : expected.entrySet()) {
            ConsoleHomePage home = signIn(admin.getKey());
            assertEquals(admin.getValue(), home.menuEntries(), admin.getKey());
            assertFalse(home.shows("countDrafts") || home.shows("countReturned") || home.shows("countTasks")
                    || home.shows("countPublished") || home.shows("countMembers"), admin.getKey());
            assertEquals(unread(admin.getKey()), home.figure("countUnread"), admin.getKey());
            assertEveryEntryIsAnOpenLinkWithText(home, admin.getKey());
        }
    }

    private static List<String> concat(List<String> first, List<String> second) {
        return Stream.concat(first.stream(), second.stream()).toList();
    }

    @Test
    void uploadPage_offersOnlyTheTeachersLibraries_andPreselectsOneOfThem() throws Exception {
        long school = TestAccounts.organisation(TestAccounts.SCHOOL_A);
        long notTheirs = TestDatabase.queryLong("select min(l.id) from resource_library l where not exists (select 1"
                + " from library_participant p where p.library_id = l.id and p.organisation_id = ?) and not exists"
                + " (select 1 from library_host_unit h where h.library_id = l.id and h.organisation_id = ?)", school,
                school);
        signIn(people.author);
        driver.get(BASE + "/console/resource/upload.xhtml?library=" + notTheirs);
        Select library = new Select(driver.findElement(By.cssSelector("select[id='uploadForm:library_input']")));
        List<String> offered = library.getOptions().stream().map(o -> o.getAttribute("value")).toList();
        assertTrue(offered.contains(Long.toString(people.library)), offered.toString());
        assertFalse(offered.contains(Long.toString(notTheirs)), offered.toString());
        assertTrue(offered.size() < 10, "not the whole catalogue: " + offered.size());
        WebElement chosen = library.getFirstSelectedOption();
        assertEquals(offered.get(0), chosen.getAttribute("value"), "the first library offered is preselected");

        driver.get(BASE + "/console/resource/upload.xhtml?library=" + people.library);
        library = new Select(driver.findElement(By.cssSelector("select[id='uploadForm:library_input']")));
        assertEquals(Long.toString(people.library), library.getFirstSelectedOption().getAttribute("value"));
    }

    private ConsoleHomePage signIn(String username) {
        signInAfresh(username);
        return ConsoleHomePage.await(driver, BASE);
    }

    /**
     * No item of the page is empty; the overview has an accessible name; every link reads as text and opens (200) for
     * the user, never 403.
     */
    private static void assertEveryEntryIsAnOpenLinkWithText(ConsoleHomePage home, String username) {
        assertEquals(0, home.emptyItems(), "no empty entry");
        assertEquals("待办与概览", home.waitingLabel());
        ApiClient client = ApiClient.as(username);
        for (Map.Entry<String, String> link : home.links().entrySet()) {
            assertFalse(link.getValue().isBlank(), "link without text: " + link.getKey());
            assertTrue(link.getKey().startsWith(BASE + "/console/"), link.getKey());
            HttpResponse<String> page = client.get(link.getKey().substring(BASE.length()));
            assertEquals(200, page.statusCode(), username + " opening " + link.getKey());
        }
    }

    private static long draft(String title) {
        HttpResponse<String> created = ApiClient.as(people.author).upload("/api/v1/libraries/" + people.library
                + "/resources", title + ".png", TestResources.sample("sample.png"), ApiClient.fields("title", title));
        assertEquals(201, created.statusCode(), created.body());
        return Long.parseLong(ApiClient.json(created.body(), "id"));
    }

    private static long unread(String username) {
        return Long.parseLong(ApiClient.json(ApiClient.as(username).get("/api/v1/notifications").body(), "unread"));
    }

    private static long openTasks(String reviewer, int level) {
        String queue = ApiClient.as(reviewer).get("/api/v1/reviews/tasks?level=" + level).body();
        return Pattern.compile("\"taskId\":").matcher(queue).results().count();
    }
}
