package org.ziyuanku.it.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.sql.SQLException;
import java.util.Arrays;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.ziyuanku.it.support.ApiClient;
import org.ziyuanku.it.support.BrowserTest;
import org.ziyuanku.it.support.CrossSite;
import org.ziyuanku.it.support.ReviewPeople;
import org.ziyuanku.it.support.TestAccounts;
import org.ziyuanku.it.support.TestDatabase;
import org.ziyuanku.it.support.TestKeycloak;
import org.ziyuanku.it.support.TestResources;
import org.ziyuanku.it.support.TestReview;

/**
 * Cross-site request forgery against the consoles: a victim signs in through Keycloak in Chromium; another site then
 * sends the victim's cookies with links (GET) and form posts without the page's view state, with the old constant
 * {@code stateless} and with a made-up one. None of them changes anything in the database; the victim's own post
 * of the same form, carrying the view state the page handed out, does.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ConsoleCsrfIT extends BrowserTest {

    private static final String SUFFIX = Long.toString(System.currentTimeMillis() % 100_000);
    private static final String SCHOOL_ADMIN = "csrf-schooladmin-" + SUFFIX;
    private static final String MEMBER = "csrf-member-" + SUFFIX;
    private static final String SECURITY_ADMIN = "csrf-secadmin-" + SUFFIX;
    private static final String[] FAKE_VIEW_STATES = {"stateless", "-4611686018427387904:2305843009213693952"};
    private static ReviewPeople people;

    @BeforeAll
    static void people() throws Exception {
        people = ReviewPeople.create("csrf" + SUFFIX);
    }

    @AfterAll
    static void forget() throws Exception {
        people.forget();
        TestDatabase.update("delete from organisation_unit where name = ?", "csrf-unit-" + SUFFIX);
        TestDatabase.update("delete from sensitive_word where word = ?", "csrf词" + SUFFIX);
        TestResources.forget(SCHOOL_ADMIN, MEMBER, SECURITY_ADMIN);
    }

    @Test
    void authorsDraft_isNotDeletedByALinkOrAForeignPost_onlyByTheirOwnForm() throws Exception {
        long draft = uploaded("草稿");
        CrossSite evil = victim(people.author);
        assertTrue(evil.own("/console/resource/mine.xhtml").body().contains("data-id=\"" + draft + "\""),
                "the cookie is the author's session");

        evil.get("/console/resource/mine.xhtml?act=delete&id=" + draft);
        evil.get("/console/resource/mine.xhtml?mineForm=mineForm&act=delete&id=" + draft);
        assertNull(deletedAt(draft), "a link deleted the draft");
        evil.post("/console/resource/mine.xhtml", "mineForm", "mineForm", "mineForm:delete", "",
                "mineForm:mine_selection", "" + draft);
        for (String fake : FAKE_VIEW_STATES) {
            evil.post("/console/resource/mine.xhtml", "mineForm", "mineForm", "mineForm:delete", "",
                    "mineForm:mine_selection", "" + draft, CrossSite.viewStateParameter(), fake);
        }
        HttpResponse<String> expired = evil.post("/console/resource/mine.xhtml", "mineForm", "mineForm",
                "mineForm:delete", "", "mineForm:mine_selection", "" + draft, CrossSite.viewStateParameter(),
                FAKE_VIEW_STATES[1]);
        assertEquals(400, expired.statusCode(), "an unknown view state is a bad request, not a server error");
        assertTrue(expired.body().contains("id=\"pageExpired\"") && expired.body().contains("页面已过期"),
                expired.body());
        assertNull(deletedAt(draft), "a foreign form deleted the draft");

        evil.postOwn("/console/resource/mine.xhtml", "mineForm", "mineForm", "mineForm:delete", "",
                "mineForm:mine_selection", "" + draft);
        assertNotNull(deletedAt(draft), "the author's own form, with its view state, deletes");
    }

    @Test
    void reviewersTasks_areNotDecidedNorNotificationsReadByLinksOrForeignPosts() throws Exception {
        TestReview.levels(people.administrator, people.library, "UNIT_REVIEWER");
        long first = submitted("任务一");
        long second = submitted("任务二");
        long task = TestReview.taskFor(people.reviewer, first);
        long queued = TestReview.taskFor(people.reviewer, second);
        long unread = unreadOf(people.reviewer);
        assertTrue(task > 0 && queued > 0 && unread > 0, task + " " + queued + " " + unread);
        CrossSite evil = victim(people.reviewer);

        evil.get("/console/review/task.xhtml?id=" + task + "&decision=REJECT&comment=forged");
        evil.get("/console/review/queue.xhtml?act=approve&task=" + queued);
        evil.get("/console/system/notifications.xhtml?act=readAll");
        evil.post("/console/review/task.xhtml?id=" + task, "decisionForm", "decisionForm", "decisionForm:reject", "",
                "decisionForm:comment", "forged");
        evil.post("/console/review/queue.xhtml", "queueForm", "queueForm", "queueForm:approve", "",
                "queueForm:queue_selection", "" + queued);
        evil.post("/console/system/notifications.xhtml", "notificationsForm", "notificationsForm",
                "notificationsForm:markAllRead", "");
        for (String fake : FAKE_VIEW_STATES) {
            evil.post("/console/review/task.xhtml?id=" + task, "decisionForm", "decisionForm", "decisionForm:reject",
                    "", "decisionForm:comment", "forged", CrossSite.viewStateParameter(), fake);
            evil.post("/console/review/queue.xhtml", "queueForm", "queueForm", "queueForm:approve", "",
                    "queueForm:queue_selection", "" + queued, CrossSite.viewStateParameter(), fake);
            evil.post("/console/system/notifications.xhtml", "notificationsForm", "notificationsForm",
                    "notificationsForm:markAllRead", "", CrossSite.viewStateParameter(), fake);
        }
        assertEquals("OPEN", taskStatus(task));
        assertEquals("OPEN", taskStatus(queued));
        assertEquals(unread, unreadOf(people.reviewer), "notifications were marked read");

        evil.postOwn("/console/review/queue.xhtml", "queueForm", "queueForm", "queueForm:approve", "",
                "queueForm:queue_selection", "" + queued);
        assertEquals("APPROVED", taskStatus(queued), "the reviewer's own form, with its view state, decides");
    }

    @Test
    void administratorsResource_isNotTakenDownNorLevelsChangedByLinksOrForeignPosts() throws Exception {
        long published = uploaded("已发布");
        TestReview.publish(people.author, people.administrator, people.library, published);
        String policy = policyOf(people.library);
        CrossSite evil = victim(people.administrator);

        evil.get("/console/review/take-down.xhtml?id=" + published + "&takeDown=takeDown&reason=forged");
        evil.get("/console/review/policy.xhtml?library=" + people.library
                + "&save=save&level1=UNIT_REVIEWER&level2=LIBRARY_ADMIN");
        evil.post("/console/review/take-down.xhtml?id=" + published, "takeDownForm", "takeDownForm",
                "takeDownForm:reason", "forged", "takeDownForm:takeDown", "");
        for (String fake : FAKE_VIEW_STATES) {
            evil.post("/console/review/take-down.xhtml?id=" + published, "takeDownForm", "takeDownForm",
                    "takeDownForm:reason", "forged", "takeDownForm:takeDown", "", CrossSite.viewStateParameter(), fake);
            evil.post("/console/review/policy.xhtml?library=" + people.library, "policyForm", "policyForm",
                    "policyForm:level1:menu", "UNIT_REVIEWER", "policyForm:savePolicy", "",
                    CrossSite.viewStateParameter(), fake);
        }
        assertEquals(200, ApiClient.anonymous().get("/api/v1/resources/" + published).statusCode(), "taken down");
        assertEquals(policy, policyOf(people.library), "the review levels changed");

        evil.postOwn("/console/review/take-down.xhtml?id=" + published, "takeDownForm", "takeDownForm",
                "takeDownForm:reason", "版权待核实", "takeDownForm:takeDown", "");
        assertEquals(404, ApiClient.anonymous().get("/api/v1/resources/" + published).statusCode(),
                "the administrator's own form, with its view state, takes it down");
    }

    @Test
    void schoolAdministratorsLinks_revokeNoGrantDisableNobodyDeleteNoUnit() throws Exception {
        long school = TestAccounts.organisation(TestAccounts.SCHOOL_A);
        TestAccounts.schoolAdministrator(SCHOOL_ADMIN, school);
        TestKeycloak.createUser(MEMBER, "reviewer");
        long member = TestAccounts.account(MEMBER, school);
        TestAccounts.grant(member, "reviewer", "ORGANISATION", school);
        long grant = TestDatabase.queryLong("select id from role_grant where user_id = ?", member);
        long unit = TestDatabase.queryLong("select nextval('organisation_unit_seq')");
        TestDatabase.update("insert into organisation_unit (id, organisation_id, name, created_at, updated_at)"
                + " values (?, ?, ?, now(), now())", unit, school, "csrf-unit-" + SUFFIX);
        CrossSite evil = victim(SCHOOL_ADMIN);
        assertTrue(evil.own("/console/identity/grants.xhtml").body().contains(MEMBER), "the admin's session");

        evil.get("/console/identity/grants.xhtml?revoke=" + grant);
        evil.get("/console/identity/members.xhtml?organisation=" + school + "&disable=" + MEMBER);
        evil.get("/console/identity/organisation.xhtml?organisation=" + school + "&deleteUnit=" + unit);
        for (String fake : new String[] {null, FAKE_VIEW_STATES[0], FAKE_VIEW_STATES[1]}) {
            String[] state = fake == null ? new String[0] : new String[] {CrossSite.viewStateParameter(), fake};
            evil.post("/console/identity/grants.xhtml", concat(state, "grantsForm", "grantsForm",
                    "grantsForm:grants:0:revoke", "", "revoke", "" + grant));
            evil.post("/console/identity/members.xhtml?organisation=" + school, concat(state, "membersForm",
                    "membersForm", "membersForm:members:0:changeStatus", "", "disable", MEMBER));
            evil.post("/console/identity/organisation.xhtml?organisation=" + school, concat(state, "unitsForm",
                    "unitsForm", "unitsForm:unitList:0:deleteUnit", "", "deleteUnit", "" + unit));
        }
        assertEquals(1, TestDatabase.queryLong("select count(*) from role_grant where id = ?", grant), "revoked");
        assertEquals("ACTIVE", TestDatabase.queryString("select status from user_account where id = ?", member));
        assertEquals(1, TestDatabase.queryLong("select count(*) from organisation_unit where id = ?", unit));
    }

    @Test
    void securityAdministratorsLink_deletesNoSensitiveWord() throws Exception {
        TestKeycloak.createUser(SECURITY_ADMIN, "security-admin");
        TestAccounts.grant(TestAccounts.account(SECURITY_ADMIN, null), "security-admin", "PLATFORM", 0);
        long word = TestDatabase.queryLong("select nextval('sensitive_word_seq')");
        TestDatabase.update("insert into sensitive_word (id, word, category, severity, created_by, created_at,"
                + " updated_at) values (?, ?, 'OTHER', 'BLOCK', 'it', now(), now())", word, "csrf词" + SUFFIX);
        CrossSite evil = victim(SECURITY_ADMIN);

        evil.get("/console/review/sensitive-words.xhtml?act=delete&id=" + word);
        evil.get("/console/review/sensitive-words.xhtml?act=import&lines=" + "csrf新词" + SUFFIX + ",OTHER,BLOCK");
        evil.post("/console/review/sensitive-words.xhtml", "wordsForm", "wordsForm", "wordsForm:delete", "",
                "wordsForm:words_selection", "" + word);
        for (String fake : FAKE_VIEW_STATES) {
            evil.post("/console/review/sensitive-words.xhtml", "wordsForm", "wordsForm", "wordsForm:delete", "",
                    "wordsForm:words_selection", "" + word, CrossSite.viewStateParameter(), fake);
            evil.post("/console/review/sensitive-words.xhtml", "wordsForm", "wordsForm", "wordsForm:importLines", "",
                    "wordsForm:lines", "csrf新词" + SUFFIX + ",OTHER,BLOCK", CrossSite.viewStateParameter(), fake);
        }
        assertEquals(1, TestDatabase.queryLong("select count(*) from sensitive_word where id = ?", word), "deleted");
        assertEquals(0, TestDatabase.queryLong("select count(*) from sensitive_word where word = ?",
                "csrf新词" + SUFFIX), "imported");
    }

    private CrossSite victim(String username) {
        signInAfresh(username);
        return CrossSite.withCookiesOf(driver);
    }

    private static String[] concat(String[] first, String... second) {
        String[] all = Arrays.copyOf(first, first.length + second.length);
        System.arraycopy(second, 0, all, first.length, second.length);
        return all;
    }

    private static long uploaded(String title) {
        HttpResponse<String> created = ApiClient.as(people.author).upload("/api/v1/libraries/" + people.library
                + "/resources", "image.png", TestResources.sample("sample.png"),
                ApiClient.fields("title", title + SUFFIX, "courseName", "焊接工艺"));
        assertEquals(201, created.statusCode(), created.body());
        return Long.parseLong(ApiClient.json(created.body(), "id"));
    }

    private static long submitted(String title) {
        long id = uploaded(title);
        assertEquals(200, TestReview.submit(people.author, id).statusCode());
        return id;
    }

    private static String deletedAt(long resource) throws SQLException {
        return TestDatabase.queryString("select cast(deleted_at as varchar) from teaching_resource where id = ?",
                resource);
    }

    private static String taskStatus(long task) throws SQLException {
        return TestDatabase.queryString("select status from review_task where id = ?", task);
    }

    private static long unreadOf(String username) throws SQLException {
        return TestDatabase.queryLong("select count(*) from notification n join user_account u on u.id ="
                + " n.recipient_id where u.username = ? and n.read_at is null", username);
    }

    private static String policyOf(long library) {
        HttpResponse<String> policy = ApiClient.as(people.administrator).get("/api/v1/libraries/" + library
                + "/review-policy");
        assertEquals(200, policy.statusCode(), policy.body());
        return policy.body();
    }
}
