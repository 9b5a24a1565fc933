package org.ziyuanku.it.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.ziyuanku.it.support.ApiClient;
import org.ziyuanku.it.support.ReviewPeople;
import org.ziyuanku.it.support.TestDatabase;
import org.ziyuanku.it.support.TestResources;
import org.ziyuanku.it.support.TestReview;

/**
 * The rules of tiered review that cannot be broken, through the real services: nothing is visible before the last
 * level approves, no level is skipped, nobody reviews their own item or one version at two levels, a reviewer acts
 * only within their scope, two reviewers deciding at once end with one decision, a decision on what changed or was
 * withdrawn is refused; and what follows from them: returning with reasons, new versions of published resources,
 * taking down, and the review record with the hash of the stored file.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ReviewRulesIT {

    private static final String SUFFIX = Long.toString(System.currentTimeMillis() % 100_000);
    private static final byte[] IMAGE = TestResources.sample("sample.png");
    private static ReviewPeople people;

    @BeforeAll
    static void people() throws Exception {
        people = ReviewPeople.create(SUFFIX);
    }

    @AfterAll
    static void forgetPeople() throws Exception {
        people.forget();
    }

    @BeforeEach
    void twoLevels() {
        TestReview.levels(people.administrator, people.library, "UNIT_REVIEWER", "COURSE_TEAM_LEAD");
    }

    @Test
    void decide_levelsInOrder_visibleToLearnersOnlyAfterTheLast() throws Exception {
        long id = submitted(people.author, "逐级审核");
        assertHidden(id);
        assertEquals(-1, TestReview.taskFor(people.courseLead, id), "level 2 does not see level 1's task");
        long first = TestReview.taskFor(people.reviewer, id);
        assertEquals(403, approve(people.courseLead, first).statusCode(), "a level-2 reviewer cannot skip level 1");
        HttpResponse<String> approved = approve(people.reviewer, first);
        assertEquals(200, approved.statusCode(), approved.body());
        assertEquals("IN_REVIEW", ApiClient.json(approved.body(), "status"));
        assertEquals("2", ApiClient.json(approved.body(), "currentLevel"));
        assertHidden(id);
        assertTrue(TestDatabase.queryLong("select count(*) from notification n join user_account u on u.id ="
                + " n.recipient_id where u.username = ? and n.message_key = 'notification.review.waiting'"
                + " and n.link = 'review.queue'", people.courseLead) > 0,
                "the next level's reviewer is told, the notification naming the queue by route, not by path");
        String inbox = ApiClient.as(people.courseLead).get("/api/v1/notifications").body();
        assertTrue(inbox.contains("\"link\":\"/console/review/queue.xhtml\""), inbox);
        long second = TestReview.taskFor(people.courseLead, id);
        assertNotEquals(-1, second);
        assertEquals(403, approve(people.reviewer, second).statusCode(), "level 1's reviewer cannot decide level 2");
        HttpResponse<String> published = approve(people.courseLead, second);
        assertEquals("PUBLISHED", ApiClient.json(published.body(), "status"), published.body());
        assertEquals(200, ApiClient.anonymous().get("/api/v1/resources/" + id).statusCode());
    }

    @Test
    void decide_ownItem_refused() throws Exception {
        long id = submitted(people.both, "自己的资源");
        HttpResponse<String> own = approve(people.both, TestReview.taskFor(people.both, id));
        assertEquals(403, own.statusCode(), own.body());
        assertTrue(own.body().contains("自己"), own.body());
        assertHidden(id);
    }

    @Test
    void decide_sameVersionAtTwoLevels_refused() throws Exception {
        long id = submitted(people.author, "两级同人");
        assertEquals(200, approve(people.both, TestReview.taskFor(people.both, id)).statusCode());
        HttpResponse<String> again = approve(people.both, TestReview.taskFor(people.both, id));
        assertEquals(403, again.statusCode(), again.body());
        assertTrue(again.body().contains("另一审核级别"), again.body());
    }

    @Test
    void decide_outsideScope_refusedAndAudited() throws Exception {
        long id = submitted(people.author, "范围之外");
        assertEquals(-1, TestReview.taskFor(people.outsider, id), "another school's reviewer does not see it");
        assertEquals(403, approve(people.outsider, TestReview.taskFor(people.reviewer, id)).statusCode());
        assertTrue(TestDatabase.queryLong("select count(*) from audit_record where actor = ? and action ="
                + " 'REVIEW_DECIDE' and outcome = 'DENIED'", people.outsider) > 0);
        assertHidden(id);
    }

    @Test
    void decide_twoReviewersAtOnce_exactlyOneDecisionWins() throws Exception {
        long id = submitted(people.author, "并发审核");
        long task = TestReview.taskFor(people.reviewer, id);
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Future<HttpResponse<String>>> answers = new ArrayList<>();
        for (String reviewer : List.of(people.reviewer, people.secondReviewer)) {
            ApiClient client = ApiClient.as(reviewer);
            answers.add(pool.submit(() -> {
                start.await();
                return client.postJson("/api/v1/reviews/tasks/" + task + "/decision",
                        "{\"decision\":\"APPROVE\",\"comment\":\"并发\"}");
            }));
        }
        start.countDown();
        List<Integer> statuses = new ArrayList<>();
        String refusal = "";
        for (Future<HttpResponse<String>> answer : answers) {
            HttpResponse<String> response = answer.get();
            statuses.add(response.statusCode());
            refusal = response.statusCode() == 409 ? response.body() : refusal;
        }
        pool.shutdown();
        assertEquals(List.of(200, 409), statuses.stream().sorted().toList(), statuses.toString());
        assertTrue(refusal.contains("已由其他审核人处理"), refusal);
        assertEquals(1, TestDatabase.queryLong("select count(*) from review_record where subject_id = ? and action ="
                + " 'APPROVED'", id));
        assertEquals(1, TestDatabase.queryLong("select count(*) from review_task t join review_submission s on s.id"
                + " = t.submission_id where s.subject_id = ? and t.level_no = 2", id), "one level 2 task opened");
    }

    @Test
    void decide_staleHashOrWithdrawnSubmission_refused() throws Exception {
        long id = submitted(people.author, "过期决定");
        long task = TestReview.taskFor(people.reviewer, id);
        HttpResponse<String> stale = ApiClient.as(people.reviewer).postJson("/api/v1/reviews/tasks/" + task
                + "/decision", "{\"decision\":\"APPROVE\",\"metadataSha256\":\"" + "0".repeat(64) + "\"}");
        assertEquals(409, stale.statusCode(), stale.body());
        HttpResponse<String> withdrawn = ApiClient.as(people.author).delete("/api/v1/resources/" + id + "/submission");
        assertEquals("WITHDRAWN", ApiClient.json(withdrawn.body(), "status"), withdrawn.body());
        assertEquals("DRAFT", status(id));
        HttpResponse<String> late = approve(people.reviewer, task);
        assertEquals(409, late.statusCode(), late.body());
        assertEquals(200, TestReview.submit(people.author, id).statusCode());
        assertNotEquals(task, TestReview.taskFor(people.reviewer, id), "a resubmission is a new task");
    }

    @Test
    void withdraw_byAnotherUser_refused_andEditingWhileInReview_refused() throws Exception {
        long id = submitted(people.author, "审核中不可改");
        assertEquals(403, ApiClient.as(people.administrator).delete("/api/v1/resources/" + id + "/submission")
                .statusCode());
        HttpResponse<String> edit = ApiClient.as(people.author).putJson("/api/v1/resources/" + id + "/description",
                "{\"title\":\"改标题\"}");
        assertEquals(409, edit.statusCode(), edit.body());
        assertEquals(409, ApiClient.as(people.author).delete("/api/v1/resources/" + id).statusCode());
        assertEquals(409, TestReview.submit(people.author, id).statusCode(), "submitting twice");
    }

    @Test
    void reject_needsAReason_andReturnsTheItemWithItsReasons() throws Exception {
        long id = submitted(people.author, "退回修改");
        long task = TestReview.taskFor(people.reviewer, id);
        assertEquals(400, TestReview.decide(people.reviewer, task, "REJECT", "", "{}").statusCode());
        HttpResponse<String> rejected = TestReview.decide(people.reviewer, task, "REJECT", "请补充说明",
                "{\"TITLE\":\"标题需写明焊接位置\"}");
        assertEquals("REJECTED", ApiClient.json(rejected.body(), "status"), rejected.body());
        assertEquals("REJECTED", status(id));
        String mine = ApiClient.as(people.author).get("/api/v1/reviews/submissions").body();
        assertTrue(mine.contains("请补充说明") && mine.contains("标题需写明焊接位置"), mine);
        HttpResponse<String> fixed = ApiClient.as(people.author).putJson("/api/v1/resources/" + id + "/description",
                "{\"title\":\"平焊位置" + SUFFIX + "\"}");
        assertEquals(200, fixed.statusCode(), fixed.body());
        assertEquals(200, TestReview.submit(people.author, id).statusCode());
        assertHidden(id);
    }

    @Test
    void newVersionOfPublished_staysHiddenUntilItPassesReview() throws Exception {
        long id = published("旧版标题");
        HttpResponse<String> edited = ApiClient.as(people.author).putJson("/api/v1/resources/" + id + "/description",
                "{\"title\":\"新版标题" + SUFFIX + "\"}");
        assertEquals(200, edited.statusCode(), edited.body());
        assertEquals(String.valueOf(id), ApiClient.json(edited.body(), "revisionOf"), edited.body());
        assertTrue(ApiClient.anonymous().get("/api/v1/resources/" + id).body().contains("旧版标题"));
        assertEquals(200, TestReview.submit(people.author, id).statusCode());
        approveBothLevels(id);
        String now = ApiClient.anonymous().get("/api/v1/resources/" + id).body();
        assertTrue(now.contains("新版标题" + SUFFIX) && !now.contains("旧版标题"), now);
        assertEquals("2", ApiClient.json(now, "version"), now);
        String record = ApiClient.anonymous().get("/api/v1/resources/" + id + "/review-record").body();
        assertEquals(2, record.split("\"SUBMITTED\"", -1).length - 1, record);
    }

    @Test
    void takeDown_byTheLibraryAdministratorWithAReason_hidesAndIsRecorded() throws Exception {
        long id = published("下架");
        assertEquals(403, ApiClient.as(people.author).postJson("/api/v1/resources/" + id + "/take-down",
                "{\"reason\":\"x\"}").statusCode());
        assertEquals(1, TestDatabase.queryLong("select count(*) from audit_record where actor = ? and action ="
                + " 'REVIEW_TAKE_DOWN' and outcome = 'DENIED' and target = ?", people.author, "resource:" + id),
                "the author's refused take-down is audited DENIED with the author as actor");
        assertEquals(400, ApiClient.as(people.administrator).postJson("/api/v1/resources/" + id + "/take-down",
                "{\"reason\":\"\"}").statusCode());
        assertEquals(204, ApiClient.as(people.administrator).postJson("/api/v1/resources/" + id + "/take-down",
                "{\"reason\":\"版权存疑\"}").statusCode());
        assertHidden(id);
        assertEquals(1, TestDatabase.queryLong("select count(*) from review_record where subject_id = ? and action ="
                + " 'TAKEN_DOWN' and comment = '版权存疑'", id));
        assertEquals(200, TestReview.submit(people.author, id).statusCode(), "it can go through review again");
    }

    @Test
    void reviewRecord_listsEveryStepWithNamesUnitsAndTheStoredFilesHash() throws Exception {
        long id = published("审核记录");
        HttpResponse<String> record = ApiClient.anonymous().get("/api/v1/resources/" + id + "/review-record");
        assertEquals(200, record.statusCode(), record.body());
        String body = record.body();
        for (String step : List.of("SUBMITTED", "APPROVED", "PUBLISHED")) {
            assertTrue(body.contains("\"" + step + "\""), body);
        }
        assertTrue(body.contains(people.reviewer) && body.contains(people.courseLead), body);
        assertTrue(body.contains(TestResources.DEMO_SCHOOL), body);
        String stored = TestDatabase.queryString("select blob_sha256 from teaching_resource where id = ?", id);
        assertEquals(TestResources.sha256(IMAGE), stored);
        assertEquals(5, body.split("\"sha256\":\"" + stored + "\"", -1).length - 1, body);
        for (String field : List.of("level", "decision", "reviewer", "unit", "time")) {
            assertTrue(body.contains("\"" + field + "\":"), field + " in " + body);
        }
        String csv = ApiClient.anonymous().get("/api/v1/resources/" + id + "/review-record?format=csv").body();
        assertTrue(csv.contains("审核通过") && csv.contains(stored), csv);
        assertThrows(SQLException.class, () -> TestDatabase.update("update review_record set comment = 'x' where"
                + " subject_id = ?", id), "the record is append-only");
    }

    @Test
    void submit_withBlockedWord_refusedNamingTheWord() throws Exception {
        ApiClient author = ApiClient.as(people.author);
        String resources = "/api/v1/libraries/" + people.library + "/resources";
        HttpResponse<String> titled = author.upload(resources, "image.png", IMAGE, ApiClient.fields("title",
                "代写论文服务" + SUFFIX));
        assertEquals(400, titled.statusCode(), "a title is screened at upload already: " + titled.body());
        HttpResponse<String> created = author.upload(resources, "正文.txt", ("提供代写论文服务 " + SUFFIX)
                .getBytes(StandardCharsets.UTF_8), ApiClient.fields("title", "正文" + SUFFIX));
        assertEquals(201, created.statusCode(), "the content's text is screened at submission: " + created.body());
        long id = Long.parseLong(ApiClient.json(created.body(), "id"));
        HttpResponse<String> refused = TestReview.submit(people.author, id);
        assertEquals(400, refused.statusCode(), refused.body());
        assertTrue(refused.body().contains("代写论文"), refused.body());
        assertEquals("DRAFT", status(id));
    }

    private static long published(String title) throws Exception {
        long id = submitted(people.author, title);
        approveBothLevels(id);
        assertEquals(200, ApiClient.anonymous().get("/api/v1/resources/" + id).statusCode());
        return id;
    }

    @Test
    void reviewPolicy_readableOnlyByTheLibrarysAdministratorsAndReviewers_refusalAudited() throws Exception {
        String path = "/api/v1/libraries/" + people.library + "/review-policy";
        for (String reader : List.of(people.administrator, people.reviewer, people.courseLead)) {
            HttpResponse<String> policy = ApiClient.as(reader).get(path);
            assertEquals(200, policy.statusCode(), reader + ": " + policy.body());
        }
        for (String stranger : List.of(people.outsider, people.author)) {
            HttpResponse<String> refused = ApiClient.as(stranger).get(path);
            assertEquals(403, refused.statusCode(), stranger + ": " + refused.body());
            assertEquals(1, TestDatabase.queryLong("select count(*) from audit_record where actor = ?"
                    + " and action = 'REVIEW_POLICY_READ' and outcome = 'DENIED'", stranger), stranger);
            assertEquals(0, TestDatabase.queryLong("select count(*) from audit_record where actor = ?"
                    + " and action = 'ACCESS' and target = ?", stranger, "GET " + path),
                    "recorded once, by the service: " + stranger);
        }
    }

    private static void approveBothLevels(long id) {
        assertEquals(200, approve(people.reviewer, TestReview.taskFor(people.reviewer, id)).statusCode());
        assertEquals(200, approve(people.courseLead, TestReview.taskFor(people.courseLead, id)).statusCode());
    }

    private static long submitted(String author, String title) {
        long id = upload(author, title);
        HttpResponse<String> submitted = TestReview.submit(author, id);
        assertEquals(200, submitted.statusCode(), submitted.body());
        return id;
    }

    private static long upload(String author, String title) {
        HttpResponse<String> created = ApiClient.as(author).upload("/api/v1/libraries/" + people.library
                + "/resources", "image.png", IMAGE, ApiClient.fields("title", title + SUFFIX, "courseName", "焊接工艺"));
        assertEquals(201, created.statusCode(), created.body());
        return Long.parseLong(ApiClient.json(created.body(), "id"));
    }

    private static HttpResponse<String> approve(String reviewer, long task) {
        return TestReview.decide(reviewer, task, "APPROVE", "同意", "{}");
    }

    private static void assertHidden(long id) {
        assertEquals(404, ApiClient.anonymous().get("/api/v1/resources/" + id).statusCode(), "hidden from learners");
    }

    private static String status(long id) throws SQLException {
        return TestDatabase.queryString("select status from teaching_resource where id = ?", id);
    }
}
