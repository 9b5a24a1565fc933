package org.ziyuanku.it.exam;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import java.io.StringReader;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.List;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.ziyuanku.it.support.ApiClient;
import org.ziyuanku.it.support.CourseFixtures;
import org.ziyuanku.it.support.CrossSiteApi;
import org.ziyuanku.it.support.TestAccounts;
import org.ziyuanku.it.support.TestDatabase;
import org.ziyuanku.it.support.TestKeycloak;
import org.ziyuanku.it.support.TestResources;

/**
 * Exams and the attempt engine through {@code /api/v1/exams} and {@code /api/v1/attempts} (issue 15 items 5, 6, 8).
 * A teacher of a class sets an exam on a FIXED paper (single choice, true/false, fill-in, short answer: 2 + 2 + 2 + 4
 * points) and publishes it an hour before it opens: every enrolled learner's attempt is PREPARED in the database
 * (snapshot without keys) before it opens, and starting then is refused. Once open, a learner starts (the prepared
 * attempt), saves, an older save after a newer one leaves the newer answer in the database, starting again answers
 * the same attempt and deadline; submitting scores the objective questions (6), the teacher grades the short answer
 * from the queue and the attempt is GRADED with 9. An overdue attempt is submitted by the every-minute sweep. Refusals:
 * a learner not enrolled (404), another learner's attempt (404), a learner on teacher endpoints and a teacher of
 * another class (403, audited), a closed window, late entry, attempts used up (409 in the caller's language),
 * malformed bodies (400 in the caller's language), and cross-site POSTs with a session.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ExamEndpointIT {

    private static final String SUFFIX = "ex" + System.currentTimeMillis() % 100_000;
    private static final String FILL_KEY = "焊芯" + SUFFIX;
    private static final String REFERENCE = "参考答案" + SUFFIX;
    private static String teacher;
    private static String otherTeacher;
    private static String learner1;
    private static String learner2;
    private static String stranger;
    private static long library;
    private static long offering;
    private static long courseClass;
    private static long paper;
    private static long single;
    private static long truth;
    private static long fill;
    private static long essay;

    @BeforeAll
    static void classWithPaper() throws Exception {
        teacher = "ex-teacher-" + SUFFIX;
        library = TestResources.contributor(teacher);
        long teacherId = account(teacher);
        otherTeacher = "ex-other-" + SUFFIX;
        TestResources.contributor(otherTeacher);
        long school = TestAccounts.organisation(TestResources.DEMO_SCHOOL);
        long owner = TestAccounts.account("ex-owner-" + SUFFIX, school);
        long course = CourseFixtures.publishedCourse(library, owner, "EX" + SUFFIX);
        offering = CourseFixtures.publishedOffering(course, owner, "2026-2027-1");
        courseClass = CourseFixtures.courseClass(offering, "考试班" + SUFFIX, teacherId);
        CourseFixtures.courseClass(offering, "另一班" + SUFFIX, account(otherTeacher));
        learner1 = learner("ex-l1-" + SUFFIX, school, true);
        learner2 = learner("ex-l2-" + SUFFIX, school, true);
        stranger = learner("ex-l3-" + SUFFIX, school, false);
        ApiClient author = ApiClient.as(teacher);
        single = question(author, "\"type\":\"SINGLE_CHOICE\",\"stem\":\"单选" + SUFFIX + "\",\"options\":[\"对接\","
                + "\"角接\",\"搭接\",\"T 形接\"],\"key\":{\"correct\":[1]},\"points\":2");
        truth = question(author, "\"type\":\"TRUE_FALSE\",\"stem\":\"判断" + SUFFIX + "\",\"key\":{\"truth\":true},"
                + "\"points\":2");
        fill = question(author, "\"type\":\"FILL_BLANK\",\"stem\":\"焊条由 ____ 和药皮组成" + SUFFIX + "\","
                + "\"key\":{\"blanks\":[[\"" + FILL_KEY + "\"]]},\"points\":2");
        essay = question(author, "\"type\":\"SHORT_ANSWER\",\"stem\":\"简述" + SUFFIX + "\",\"key\":{\"reference\":\""
                + REFERENCE + "\"},\"points\":4");
        HttpResponse<String> created = author.postJson("/api/v1/papers", "{\"libraryId\":" + library + ",\"title\":"
                + "\"考试卷" + SUFFIX + "\",\"kind\":\"FIXED\",\"questions\":[{\"questionId\":" + single + "},"
                + "{\"questionId\":" + truth + "},{\"questionId\":" + fill + "},{\"questionId\":" + essay + "}]}");
        assertEquals(201, created.statusCode(), created.body());
        paper = Long.parseLong(ApiClient.json(created.body(), "id"));
    }

    @AfterAll
    static void forget() throws Exception {
        TestDatabase.update("delete from exam where offering_id = ?", offering);
    }

    @Test
    void aPublishedExamIsPreparedBeforeItOpens_takenSavedInOrder_submittedGradedAndGradedByHand() throws Exception {
        LocalDateTime now = LocalDateTime.now();
        long exam = createAndPublish("期中" + SUFFIX, now.plusHours(1), now.plusHours(3), 60, null);
        waitForPrepared(exam);
        long prepared = TestDatabase.queryLong("select id from exam_attempt where exam_id = ? and learner_id = ?", exam,
                account(learner1));
        assertPreparedWithoutKeys(exam);
        ApiClient one = ApiClient.as(learner1);
        HttpResponse<String> early = one.post("/api/v1/exams/" + exam + "/attempts");
        assertEquals(409, early.statusCode(), early.body());
        assertTrue(early.body().contains("考试尚未开始"), early.body());

        window(exam, now.minusMinutes(1), now.plusHours(3));
        JsonObject started = object(one.post("/api/v1/exams/" + exam + "/attempts"), 200);
        long attempt = started.getJsonNumber("id").longValue();
        assertEquals(prepared, attempt, "the prepared attempt is the one started");
        assertEquals("IN_PROGRESS", started.getString("status"));
        assertFalse(started.toString().contains(FILL_KEY) || started.toString().contains(REFERENCE), "no key");
        assertEquals(4, started.getJsonArray("questions").size());
        String deadline = started.getString("deadlineAt");
        JsonObject again = object(one.post("/api/v1/exams/" + exam + "/attempts"), 200);
        assertEquals(attempt, again.getJsonNumber("id").longValue(), "starting again resumes");
        assertEquals(deadline, again.getString("deadlineAt"), "the same deadline");

        answerEveryQuestion(one, attempt, started);
        JsonObject submitted = object(one.post("/api/v1/attempts/" + attempt + "/submit"), 200);
        assertEquals("SUBMITTED", submitted.getString("status"), "the essay waits for the teacher");
        assertEquals(0, new BigDecimal("6").compareTo(submitted.getJsonNumber("score").bigDecimalValue()), "2+2+2");
        assertEquals(0, new BigDecimal("10").compareTo(submitted.getJsonNumber("maxScore").bigDecimalValue()));
        HttpResponse<String> late = save(one, attempt, truth, "{\"truth\":false}", 5);
        assertEquals(409, late.statusCode(), late.body());
        HttpResponse<String> used = one.post("/api/v1/exams/" + exam + "/attempts");
        assertEquals(409, used.statusCode(), used.body());
        assertTrue(used.body().contains("您已用完本场考试的全部 1 次作答机会"), used.body());

        QuestionInExam.cannotBeDeleted(teacher, paper, truth, single);
        gradeByHand(exam, attempt);
        JsonObject result = object(one.get("/api/v1/attempts/" + attempt), 200);
        assertEquals("GRADED", result.getString("status"));
        assertTrue(result.toString().contains(FILL_KEY) && result.toString().contains("很好"),
                "after submitting the key and the comment are shown (AFTER_SUBMIT): " + result);
    }

    /** Saves every answer (the single choice twice: an older save after a newer one changes nothing). */
    private static void answerEveryQuestion(ApiClient one, long attempt, JsonObject started) throws Exception {
        int right = shownIndex(started, single, "角接");
        int wrong = (right + 1) % 4;
        assertEquals(200, save(one, attempt, single, "{\"choices\":[" + right + "]}", 2).statusCode());
        HttpResponse<String> older = save(one, attempt, single, "{\"choices\":[" + wrong + "]}", 1);
        assertEquals(200, older.statusCode(), older.body());
        assertEquals("2", ApiClient.json(older.body(), "seq"), "the newer save is answered: " + older.body());
        assertEquals(2, TestDatabase.queryLong("select client_seq from exam_answer where attempt_id = ? and"
                + " question_id = ?", attempt, single));
        assertEquals(1, TestDatabase.queryLong("select count(*) from exam_answer where attempt_id = ? and question_id = ?"
                + " and answer like ?", attempt, single, "{\"choices\":[" + right + "]%"), "the newer answer is kept");
        assertEquals(200, save(one, attempt, truth, "{\"truth\":true}", 1).statusCode());
        assertEquals(200, save(one, attempt, fill, "{\"blanks\":[\" " + FILL_KEY + " \"]}", 1).statusCode());
        assertEquals(200, save(one, attempt, essay, "{\"text\":\"氢致裂纹\"}", 1).statusCode());
        assertEquals(200, one.post("/api/v1/attempts/" + attempt + "/switch-away").statusCode());
    }

    private static void gradeByHand(long exam, long attempt) throws Exception {
        ApiClient teaching = ApiClient.as(teacher);
        HttpResponse<String> queue = teaching.get("/api/v1/exams/" + exam + "/grading");
        assertEquals(200, queue.statusCode(), queue.body());
        assertTrue(queue.body().contains("氢致裂纹") && queue.body().contains(REFERENCE), queue.body());
        String path = "/api/v1/attempts/" + attempt + "/answers/" + essay + "/grade";
        HttpResponse<String> tooMuch = teaching.inLanguage("en").postJson(path, "{\"score\":5}");
        assertEquals(400, tooMuch.statusCode(), tooMuch.body());
        assertTrue(tooMuch.body().contains("The score must be from 0 to 4"), tooMuch.body());
        HttpResponse<String> byLearner = ApiClient.as(learner1).postJson(path, "{\"score\":4}");
        assertEquals(403, byLearner.statusCode(), byLearner.body());
        assertEquals(1, TestDatabase.queryLong("select count(*) from audit_record where action = 'EXAM_ANSWER_GRADE'"
                + " and outcome = 'DENIED' and target = ?", "attempt:" + attempt), "the refusal is audited");
        HttpResponse<String> graded = teaching.postJson(path, "{\"score\":3,\"comment\":\"很好\"}");
        assertEquals(200, graded.statusCode(), graded.body());
        assertEquals("GRADED", ApiClient.json(graded.body(), "status"), graded.body());
        assertEquals("GRADED", TestDatabase.queryString("select status from exam_attempt where id = ?", attempt));
        assertEquals(900, TestDatabase.queryLong("select (score * 100)::bigint from exam_attempt where id = ?", attempt),
                "6 + 3");
        HttpResponse<String> results = teaching.get("/api/v1/exams/" + exam + "/results");
        assertEquals(200, results.statusCode(), results.body());
        assertTrue(results.body().contains("\"switchAwayCount\":1"), results.body());
    }

    @Test
    void anOverdueAttemptIsSubmittedByTheSweep_andALateEnrolmentGetsAPaperOnDemand() throws Exception {
        LocalDateTime now = LocalDateTime.now();
        long exam = createAndPublish("随堂" + SUFFIX, now.minusMinutes(5), now.plusHours(2), 30, null);
        waitForPrepared(exam);
        ApiClient two = ApiClient.as(learner2);
        JsonObject started = object(two.post("/api/v1/exams/" + exam + "/attempts"), 200);
        long attempt = started.getJsonNumber("id").longValue();
        assertEquals(200, save(two, attempt, truth, "{\"truth\":true}", 1).statusCode());
        TestDatabase.update("update exam_attempt set deadline_at = ? where id = ?",
                Timestamp.valueOf(LocalDateTime.now().minusMinutes(1)), attempt);
        HttpResponse<String> over = two.inLanguage("en").sendJson("PUT", "/api/v1/attempts/" + attempt + "/answers/"
                + fill, "{\"answer\":{\"blanks\":[\"x\"]},\"seq\":2}");
        assertEquals(409, over.statusCode(), over.body());
        assertTrue(over.body().contains("The time for this attempt is over"), over.body());
        long deadline = System.currentTimeMillis() + 90_000;
        while (!"AUTO".equals(TestDatabase.queryString("select coalesce(submitted_how, '') from exam_attempt"
                + " where id = ?", attempt)) && System.currentTimeMillis() < deadline) {
            Thread.sleep(2_000);
        }
        assertEquals("AUTO", TestDatabase.queryString("select submitted_how from exam_attempt where id = ?", attempt),
                "the every-minute sweep submits the overdue attempt");
        assertEquals(200, TestDatabase.queryLong("select (score * 100)::bigint from exam_attempt where id = ?", attempt),
                "its saved true/false answer is graded");

        String late = learner("ex-l4-" + SUFFIX, TestAccounts.organisation(TestResources.DEMO_SCHOOL), true);
        JsonObject onDemand = object(ApiClient.as(late).post("/api/v1/exams/" + exam + "/attempts"), 200);
        assertEquals("IN_PROGRESS", onDemand.getString("status"));
        assertEquals(4, onDemand.getJsonArray("questions").size());
    }

    @Test
    void refusals_outsiders404_learnersAndOtherTeachers403_windowAndLateEntry409_malformed400() throws Exception {
        LocalDateTime now = LocalDateTime.now();
        long exam = createAndPublish("测验" + SUFFIX, now.minusMinutes(10), now.plusHours(1), 20, 5);
        HttpResponse<String> lateEntry = ApiClient.as(learner1).inLanguage("en").post("/api/v1/exams/" + exam
                + "/attempts");
        assertEquals(409, lateEntry.statusCode(), lateEntry.body());
        assertTrue(lateEntry.body().contains("within 5 minutes of its opening"), lateEntry.body());
        assertEquals(404, ApiClient.as(stranger).post("/api/v1/exams/" + exam + "/attempts").statusCode());
        assertEquals(404, ApiClient.as(stranger).get("/api/v1/exams/" + exam).statusCode());
        assertEquals(1, TestDatabase.queryLong("select count(*) from audit_record where action = 'EXAM_ATTEMPT_START'"
                + " and outcome = 'DENIED' and target = ?", "exam:" + exam), "the refusal is audited");
        assertEquals(403, ApiClient.as(learner1).get("/api/v1/exams/" + exam + "/results").statusCode());
        assertEquals(403, ApiClient.as(learner1).get("/api/v1/exams/" + exam + "/grading").statusCode());
        assertEquals(403, ApiClient.as(otherTeacher).get("/api/v1/exams/" + exam + "/results").statusCode(),
                "a teacher of another class of the offering");
        assertEquals(403, ApiClient.as(otherTeacher).postJson("/api/v1/exams", body("别班" + SUFFIX, now, now
                .plusHours(1), 20, null)).statusCode());

        window(exam, now.minusHours(2), now.minusHours(1));
        HttpResponse<String> closed = ApiClient.as(learner2).post("/api/v1/exams/" + exam + "/attempts");
        assertEquals(409, closed.statusCode(), closed.body());
        assertTrue(closed.body().contains("考试已于"), closed.body());

        long before = exams();
        ApiClient teaching = ApiClient.as(teacher);
        HttpResponse<String> broken = teaching.postJson("/api/v1/exams", "{\"paperId\":");
        assertEquals(400, broken.statusCode(), broken.body());
        assertTrue(broken.body().contains("请求正文不是可读取的 JSON"), broken.body());
        HttpResponse<String> duration = teaching.inLanguage("en").postJson("/api/v1/exams", body("零" + SUFFIX, now,
                now.plusHours(1), 0, null));
        assertEquals(400, duration.statusCode(), duration.body());
        assertTrue(duration.body().contains("The duration must be 1 to 1440 minutes."), duration.body());
        HttpResponse<String> window = teaching.postJson("/api/v1/exams", body("倒" + SUFFIX, now, now.minusHours(1),
                10, null));
        assertEquals(400, window.statusCode(), window.body());
        assertTrue(window.body().contains("结束时间须晚于开始时间"), window.body());
        assertEquals(before, exams(), "no refused exam is stored");
    }

    @Test
    void anotherLearnersAttemptIsNotFound_aBadSaveIs400_andCrossSitePostsAreRefused() throws Exception {
        LocalDateTime now = LocalDateTime.now();
        long exam = createAndPublish("单元" + SUFFIX, now.minusMinutes(1), now.plusHours(1), 20, null);
        waitForPrepared(exam);
        long attempt = object(ApiClient.as(learner1).post("/api/v1/exams/" + exam + "/attempts"), 200)
                .getJsonNumber("id").longValue();
        ApiClient two = ApiClient.as(learner2);
        assertEquals(404, two.get("/api/v1/attempts/" + attempt).statusCode());
        assertEquals(404, save(two, attempt, truth, "{\"truth\":false}", 9).statusCode());
        assertEquals(404, two.post("/api/v1/attempts/" + attempt + "/submit").statusCode());
        ApiClient one = ApiClient.as(learner1);
        HttpResponse<String> noSeq = one.inLanguage("en").putJson("/api/v1/attempts/" + attempt + "/answers/" + truth,
                "{\"answer\":{\"truth\":true}}");
        assertEquals(400, noSeq.statusCode(), noSeq.body());
        assertTrue(noSeq.body().contains("it must be a whole number of 1 or more"), noSeq.body());
        HttpResponse<String> broken = one.putJson("/api/v1/attempts/" + attempt + "/answers/" + truth, "{\"answer\":");
        assertEquals(400, broken.statusCode(), broken.body());
        assertTrue(broken.body().contains("请求正文不是可读取的 JSON"), broken.body());
        long elsewhere = TestDatabase.queryLong("select max(id) + 1000 from question");
        HttpResponse<String> notOnPaper = save(one, attempt, elsewhere, "{\"truth\":true}", 1);
        assertEquals(400, notOnPaper.statusCode(), notOnPaper.body());
        assertTrue(notOnPaper.body().contains("试卷中没有第 " + elsewhere + " 号题目"), notOnPaper.body());
        assertEquals(0, TestDatabase.queryLong("select count(*) from exam_answer where attempt_id = ?", attempt));

        CrossSiteApi forged = CrossSiteApi.victim(learner1);
        forged.assertLive();
        CrossSiteApi.assertRefused(forged.send("POST", "/api/v1/attempts/" + attempt + "/submit", null));
        CrossSiteApi.assertRefused(forged.send("PUT", "/api/v1/attempts/" + attempt + "/answers/" + truth,
                "{\"answer\":{\"truth\":false},\"seq\":3}"));
        assertEquals("IN_PROGRESS", TestDatabase.queryString("select status from exam_attempt where id = ?", attempt));
        assertEquals(0, TestDatabase.queryLong("select count(*) from exam_answer where attempt_id = ?", attempt));
        long before = exams();
        CrossSiteApi teacherForged = CrossSiteApi.victim(teacher);
        CrossSiteApi.assertRefused(teacherForged.send("POST", "/api/v1/exams", body("伪造" + SUFFIX, now,
                now.plusHours(1), 10, null)));
        assertEquals(before, exams(), "nothing was written from the other site");
    }

    private static long createAndPublish(String title, LocalDateTime opens, LocalDateTime closes, int minutes,
            Integer lateEntry) {
        ApiClient teaching = ApiClient.as(teacher);
        HttpResponse<String> created = teaching.postJson("/api/v1/exams", body(title, opens, closes, minutes,
                lateEntry));
        assertEquals(201, created.statusCode(), created.body());
        assertEquals("DRAFT", ApiClient.json(created.body(), "status"), created.body());
        long exam = Long.parseLong(ApiClient.json(created.body(), "id"));
        HttpResponse<String> published = teaching.post("/api/v1/exams/" + exam + "/publish");
        assertEquals(200, published.statusCode(), published.body());
        assertEquals("PUBLISHED", ApiClient.json(published.body(), "status"), published.body());
        return exam;
    }

    private static String body(String title, LocalDateTime opens, LocalDateTime closes, int minutes,
            Integer lateEntry) {
        return "{\"paperId\":" + paper + ",\"offeringId\":" + offering + ",\"classId\":" + courseClass + ",\"title\":\""
                + title + "\",\"opensAt\":\"" + opens.withNano(0) + "\",\"closesAt\":\"" + closes.withNano(0)
                + "\",\"durationMinutes\":" + minutes + (lateEntry == null ? "" : ",\"lateEntryMinutes\":" + lateEntry)
                + ",\"showAnswers\":\"AFTER_SUBMIT\"}";
    }

    private static void assertPreparedWithoutKeys(long exam) throws Exception {
        assertEquals(0, TestDatabase.queryLong("select count(*) from exam_attempt where exam_id = ? and (snapshot"
                + " like ? or snapshot like ?)", exam, "%" + FILL_KEY + "%", "%" + REFERENCE + "%"),
                "no key in a snapshot");
        assertEquals(0, TestDatabase.queryLong("select count(*) from exam_attempt where exam_id = ? and learner_id = ?",
                exam, account(stranger)), "nobody but the class's learners");
    }

    /** Waits for the background preparation of every learner enrolled in the class. */
    private static void waitForPrepared(long exam) throws Exception {
        long learners = TestDatabase.queryLong("select count(*) from enrolment where class_id = ? and status = 'ACTIVE'",
                courseClass);
        long deadline = System.currentTimeMillis() + 30_000;
        while (prepared(exam) < learners && System.currentTimeMillis() < deadline) {
            Thread.sleep(500);
        }
        assertEquals(learners, prepared(exam), "every enrolled learner's attempt is prepared before it opens");
    }

    private static long prepared(long exam) throws Exception {
        return TestDatabase.queryLong("select count(*) from exam_attempt where exam_id = ? and status = 'PREPARED'"
                + " and started_at is null", exam);
    }

    private static void window(long exam, LocalDateTime opens, LocalDateTime closes) throws Exception {
        TestDatabase.update("update exam set opens_at = ?, closes_at = ? where id = ?", Timestamp.valueOf(opens),
                Timestamp.valueOf(closes), exam);
    }

    static HttpResponse<String> save(ApiClient client, long attempt, long question, String answer, long seq) {
        return client.putJson("/api/v1/attempts/" + attempt + "/answers/" + question, "{\"answer\":" + answer
                + ",\"seq\":" + seq + "}");
    }

    /** The index at which the learner's paper shows the option of the question. */
    static int shownIndex(JsonObject attempt, long question, String option) {
        JsonObject q = attempt.getJsonArray("questions").getValuesAs(JsonObject.class).stream()
                .filter(o -> o.getJsonNumber("questionId").longValue() == question).findFirst().orElseThrow();
        List<String> options = q.getJsonArray("options").getValuesAs(JsonString.class).stream()
                .map(JsonString::getString).toList();
        assertNotNull(options);
        return options.indexOf(option);
    }

    static JsonObject object(HttpResponse<String> response, int status) {
        assertEquals(status, response.statusCode(), response.body());
        try (JsonReader reader = Json.createReader(new StringReader(response.body()))) {
            return reader.readObject();
        }
    }

    private static long question(ApiClient author, String json) {
        HttpResponse<String> created = author.postJson("/api/v1/questions", "{\"libraryId\":" + library + "," + json
                + "}");
        assertEquals(201, created.statusCode(), created.body());
        return Long.parseLong(ApiClient.json(created.body(), "id"));
    }

    private static long exams() throws Exception {
        return TestDatabase.queryLong("select count(*) from exam where offering_id = ?", offering);
    }

    private static long account(String username) throws Exception {
        return TestDatabase.queryLong("select id from user_account where username = ?", username);
    }

    private static String learner(String username, long school, boolean enrolled) throws Exception {
        TestKeycloak.createUser(username, "learner");
        long id = TestAccounts.account(username, school);
        if (enrolled) {
            CourseFixtures.enrol(offering, courseClass, id);
        }
        return username;
    }
}
