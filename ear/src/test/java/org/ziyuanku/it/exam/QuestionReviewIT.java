package org.ziyuanku.it.exam;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.time.LocalDateTime;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.ziyuanku.it.support.ApiClient;
import org.ziyuanku.it.support.CourseFixtures;
import org.ziyuanku.it.support.CrossSiteApi;
import org.ziyuanku.it.support.ReviewPeople;
import org.ziyuanku.it.support.TestAccounts;
import org.ziyuanku.it.support.TestDatabase;
import org.ziyuanku.it.support.TestResources;
import org.ziyuanku.it.support.TestReview;

/**
 * Tiered review of questions (issue 15 item 1, 先审后发): the author sends a question through
 * {@code /api/v1/questions/{id}/submission}; the library's level (its administrator here) reads stem, options, answer
 * and analysis in the review task and approves or returns it with a comment, on record. Until approved, a question is
 * its author's own: another teacher may not put it into a paper, nor use the author's paper in an exam of their class
 * (400 naming the question); once approved they may. Changing an approved question makes a new version, reviewed
 * again, which then takes its place in fixed papers. The wrong people are refused (404 / 403), bad input is 400, and a
 * cross-site POST with the author's session writes nothing.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class QuestionReviewIT {

    private static final String SUFFIX = "qr" + System.currentTimeMillis() % 100_000;
    private static ReviewPeople people;
    private static String otherTeacher;
    private static long offering;
    private static long otherClass;

    @BeforeAll
    static void peopleAndClasses() throws Exception {
        people = ReviewPeople.create(SUFFIX);
        otherTeacher = "qr-other-" + SUFFIX;
        TestResources.contributor(otherTeacher);
        long school = TestAccounts.organisation(TestResources.DEMO_SCHOOL);
        long owner = TestAccounts.account("qr-owner-" + SUFFIX, school);
        long course = CourseFixtures.publishedCourse(people.library, owner, "QR" + SUFFIX);
        offering = CourseFixtures.publishedOffering(course, owner, "2026-2027-1");
        otherClass = CourseFixtures.courseClass(offering, "别班" + SUFFIX, account(otherTeacher));
        TestReview.levels(people.administrator, people.library, "LIBRARY_ADMIN");
    }

    @AfterAll
    static void forget() throws Exception {
        TestDatabase.update("delete from exam where offering_id = ?", offering);
        TestDatabase.update("delete from exam_paper where author_id in (select id from user_account where username"
                + " in (?, ?))", people.author, otherTeacher);
        TestReview.forget(people.author);
        TestDatabase.update("delete from question where author_id in (select id from user_account where username"
                + " = ?)", people.author);
        people.forget();
    }

    @Test
    void anUnapprovedQuestionIsTheAuthorsOwn_approvedItServesAnotherTeachersClass() throws Exception {
        long question = question("接头形式" + SUFFIX);
        ApiClient other = ApiClient.as(otherTeacher);
        HttpResponse<String> foreignPaper = other.postJson("/api/v1/papers", fixed("别人的卷" + SUFFIX, question));
        assertEquals(400, foreignPaper.statusCode(), foreignPaper.body());
        assertTrue(foreignPaper.body().contains("#" + question), "the question is named: " + foreignPaper.body());
        long paper = paper(ApiClient.as(people.author).postJson("/api/v1/papers", fixed("作者卷" + SUFFIX, question)));

        HttpResponse<String> refused = other.inLanguage("en").postJson("/api/v1/exams", exam(paper));
        assertEquals(400, refused.statusCode(), refused.body());
        assertTrue(refused.body().contains("not approved") && refused.body().contains("#" + question), refused.body());
        assertEquals(0, TestDatabase.queryLong("select count(*) from exam where offering_id = ?", offering));

        HttpResponse<String> sent = ApiClient.as(people.author).post("/api/v1/questions/" + question + "/submission");
        assertEquals(200, sent.statusCode(), sent.body());
        assertEquals("IN_REVIEW", status(question));
        assertEquals(409, ApiClient.as(people.author).putJson("/api/v1/questions/" + question,
                single("改" + SUFFIX)).statusCode(), "not changed while in review");
        long task = taskFor(question);
        HttpResponse<String> detail = ApiClient.as(people.administrator).get("/api/v1/reviews/tasks/" + task);
        assertEquals(200, detail.statusCode(), detail.body());
        assertTrue(detail.body().contains("接头形式" + SUFFIX) && detail.body().contains("B. 角接")
                && detail.body().contains("\"answer\"") && detail.body().contains("解析" + SUFFIX), detail.body());
        HttpResponse<String> page = ApiClient.as(people.administrator).get("/api/v1/reviews/tasks/" + task
                + "/content");
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("接头形式" + SUFFIX) && page.body().contains("角接"), page.body());

        assertEquals(200, TestReview.decide(people.administrator, task, "APPROVE", "题目无误", "{}").statusCode());
        assertEquals("PUBLISHED", status(question));
        assertEquals(2, TestDatabase.queryLong("select count(*) from review_record where subject_type = 'QUESTION'"
                + " and subject_id = ? and action in ('SUBMITTED', 'APPROVED')", question), "on record");
        assertEquals(201, other.postJson("/api/v1/exams", exam(paper)).statusCode(), "approved: usable by others");
        assertEquals(201, other.postJson("/api/v1/papers", fixed("别人的卷2" + SUFFIX, question)).statusCode());
    }

    @Test
    void changingAnApprovedQuestionMakesANewVersion_reviewedAgainBeforeItTakesThePlace() throws Exception {
        long question = question("坡口角度" + SUFFIX);
        approve(question);
        long paper = paper(ApiClient.as(people.author).postJson("/api/v1/papers", fixed("版本卷" + SUFFIX, question)));
        HttpResponse<String> changed = ApiClient.as(people.author).putJson("/api/v1/questions/" + question,
                single("新坡口角度" + SUFFIX));
        assertEquals(200, changed.statusCode(), changed.body());
        long version = Long.parseLong(ApiClient.json(changed.body(), "id"));
        assertNotEquals(question, version, "a new version of its own");
        assertEquals(Long.toString(question), ApiClient.json(changed.body(), "revisionOf"), changed.body());
        assertEquals("DRAFT", status(version));
        assertEquals("PUBLISHED", status(question));
        assertEquals("坡口角度" + SUFFIX, TestDatabase.queryString("select stem from question where id = ?", question),
                "the approved one is unchanged");

        assertEquals(200, ApiClient.as(people.author).post("/api/v1/questions/" + question + "/submission")
                .statusCode(), "sending the approved question sends its new version");
        long task = taskFor(question);
        assertEquals(200, TestReview.decide(people.administrator, task, "APPROVE", "可以", "{}").statusCode());
        assertEquals("ARCHIVED", status(question));
        assertEquals("PUBLISHED", status(version));
        assertEquals(version, TestDatabase.queryLong("select question_id from exam_paper_question where paper_id = ?",
                paper), "the fixed paper lists the new version");
    }

    @Test
    void aReturnedQuestionCarriesTheComment_andTheAuthorWithdrawsBeforeADecision() throws Exception {
        long returned = question("返回题" + SUFFIX);
        assertEquals(200, ApiClient.as(people.author).post("/api/v1/questions/" + returned + "/submission")
                .statusCode());
        long task = taskFor(returned);
        assertEquals(200, TestReview.decide(people.administrator, task, "REJECT", "答案有误" + SUFFIX, "{}")
                .statusCode());
        assertEquals("RETURNED", status(returned));
        assertEquals(1, TestDatabase.queryLong("select count(*) from review_record where subject_type = 'QUESTION'"
                + " and subject_id = ? and action = 'REJECTED' and comment = ?", returned, "答案有误" + SUFFIX));

        long withdrawn = question("撤回题" + SUFFIX);
        assertEquals(200, ApiClient.as(people.author).post("/api/v1/questions/" + withdrawn + "/submission")
                .statusCode());
        assertEquals(403, ApiClient.as(otherTeacher).delete("/api/v1/questions/" + withdrawn + "/submission")
                .statusCode(), "only who sent it takes it back");
        HttpResponse<String> back = ApiClient.as(people.author).delete("/api/v1/questions/" + withdrawn
                + "/submission");
        assertEquals(200, back.statusCode(), back.body());
        assertEquals("DRAFT", status(withdrawn));
        assertEquals(-1, taskFor(withdrawn, false), "no open task left");
    }

    @Test
    void theWrongPeopleAreRefused_badInputIs400_andACrossSitePostWritesNothing() throws Exception {
        long question = question("权限题" + SUFFIX);
        String path = "/api/v1/questions/" + question + "/submission";
        assertEquals(404, ApiClient.as(people.outsider).post(path).statusCode(), "another school: not found");
        assertEquals(403, ApiClient.as(people.courseLead).post(path).statusCode(), "a colleague, not the author");
        assertEquals(1, TestDatabase.queryLong("select count(*) from audit_record where action = 'REVIEW_SUBMIT'"
                + " and outcome = 'DENIED' and target = ?", "question:" + question), "the refusal is audited");
        assertEquals(401, ApiClient.anonymous().post(path).statusCode());
        assertEquals("DRAFT", status(question));

        ApiClient author = ApiClient.as(people.author);
        assertEquals(404, author.post("/api/v1/questions/abc/submission").statusCode(), "no such question");
        assertEquals(400, author.postJson("/api/v1/questions/submissions", "{\"ids\":").statusCode());
        HttpResponse<String> empty = author.inLanguage("en").postJson("/api/v1/questions/submissions", "{\"ids\":[]}");
        assertEquals(400, empty.statusCode(), empty.body());
        assertTrue(empty.body().contains("question ids"), empty.body());
        assertEquals(409, author.delete(path).statusCode(), "nothing in review to withdraw");

        CrossSiteApi forged = CrossSiteApi.victim(people.author);
        forged.assertLive();
        CrossSiteApi.assertRefused(forged.send("POST", path, null));
        CrossSiteApi.assertRefused(forged.send("POST", "/api/v1/questions/submissions", "{\"ids\":[" + question
                + "]}"));
        assertEquals("DRAFT", status(question), "nothing was sent from the other site");

        long second = question("批量题" + SUFFIX);
        HttpResponse<String> both = author.postJson("/api/v1/questions/submissions", "{\"ids\":[" + question + ","
                + second + "]}");
        assertEquals(200, both.statusCode(), both.body());
        assertEquals("IN_REVIEW", status(question));
        assertEquals("IN_REVIEW", status(second));
    }

    @Test
    void takeDown_isTheLibraryAdministrators_withAReason_notFromAnotherSite() throws Exception {
        long question = question("下架题" + SUFFIX);
        approve(question);
        String path = "/api/v1/questions/" + question + "/take-down";
        assertEquals(403, ApiClient.as(people.author).postJson(path, "{\"reason\":\"x\"}").statusCode(),
                "the author of the same school is no library administrator");
        assertTrue(TestDatabase.queryLong("select count(*) from audit_record where actor = ? and action ="
                + " 'REVIEW_TAKE_DOWN' and outcome = 'DENIED'", people.author) >= 1, "the refusal is audited");
        ApiClient administrator = ApiClient.as(people.administrator);
        assertEquals(400, administrator.postJson(path, "{\"reason\":").statusCode(), "malformed JSON");
        assertEquals(400, administrator.postJson(path, "{\"reason\":\"\"}").statusCode(), "no reason");
        assertEquals(400, administrator.postJson(path, "{\"reason\":\"" + "长".repeat(2001) + "\"}").statusCode(),
                "a reason longer than the record keeps");
        assertEquals(404, administrator.postJson("/api/v1/questions/abc/take-down", "{\"reason\":\"x\"}")
                .statusCode(), "a malformed id names nothing");
        CrossSiteApi forged = CrossSiteApi.victim(people.administrator);
        forged.assertLive();
        CrossSiteApi.assertRefused(forged.send("POST", path, "{\"reason\":\"跨站下架\"}"));
        assertEquals("PUBLISHED", status(question), "nothing above took it down");

        assertEquals(204, administrator.postJson(path, "{\"reason\":\"答案有误\"}").statusCode());
        assertEquals("DRAFT", status(question), "taken down, back to its author as a draft");
    }

    private static void approve(long question) throws Exception {
        assertEquals(200, ApiClient.as(people.author).post("/api/v1/questions/" + question + "/submission")
                .statusCode());
        assertEquals(200, TestReview.decide(people.administrator, taskFor(question), "APPROVE", "好", "{}")
                .statusCode());
        assertEquals("PUBLISHED", status(question));
    }

    private static long taskFor(long question) {
        long task = taskFor(question, true);
        assertTrue(task > 0, "a task about question " + question + " in the administrator's queue");
        return task;
    }

    /** The open task about the question in the administrator's queue, or -1. */
    private static long taskFor(long question, boolean expected) {
        HttpResponse<String> queue = ApiClient.as(people.administrator).get("/api/v1/reviews/tasks");
        assertEquals(200, queue.statusCode(), queue.body());
        Matcher task = Pattern.compile("\\{[^{}]*\\}").matcher(queue.body());
        Pattern subject = Pattern.compile("\"subjectId\":" + question + "[,}]");
        while (task.find()) {
            if (subject.matcher(task.group()).find() && task.group().contains("\"subjectType\":\"QUESTION\"")) {
                return Long.parseLong(ApiClient.json(task.group(), "taskId"));
            }
        }
        return -1;
    }

    private static long question(String stem) {
        HttpResponse<String> created = ApiClient.as(people.author).postJson("/api/v1/questions", single(stem));
        assertEquals(201, created.statusCode(), created.body());
        return Long.parseLong(ApiClient.json(created.body(), "id"));
    }

    private static String single(String stem) {
        return "{\"libraryId\":" + people.library + ",\"type\":\"SINGLE_CHOICE\",\"stem\":\"" + stem + "\",\"options\":"
                + "[\"对接\",\"角接\",\"搭接\"],\"key\":{\"correct\":[1]},\"analysis\":\"解析" + SUFFIX + "\"}";
    }

    private static String fixed(String title, long question) {
        return "{\"libraryId\":" + people.library + ",\"title\":\"" + title + "\",\"kind\":\"FIXED\",\"questions\":"
                + "[{\"questionId\":" + question + "}]}";
    }

    private static long paper(HttpResponse<String> created) {
        assertEquals(201, created.statusCode(), created.body());
        return Long.parseLong(ApiClient.json(created.body(), "id"));
    }

    private static String exam(long paper) {
        LocalDateTime opens = LocalDateTime.now().plusDays(1).withNano(0);
        return "{\"paperId\":" + paper + ",\"offeringId\":" + offering + ",\"classId\":" + otherClass + ",\"title\":\""
                + "别班考试" + SUFFIX + "\",\"opensAt\":\"" + opens + "\",\"closesAt\":\"" + opens.plusHours(2)
                + "\",\"durationMinutes\":60,\"showAnswers\":\"AFTER_SUBMIT\"}";
    }

    private static String status(long question) throws Exception {
        return TestDatabase.queryString("select status from question where id = ?", question);
    }

    private static long account(String username) throws Exception {
        return TestDatabase.queryLong("select id from user_account where username = ?", username);
    }
}
