package org.ziyuanku.it.exam;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.LocalDateTime;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.ziyuanku.it.support.ApiClient;
import org.ziyuanku.it.support.CourseFixtures;
import org.ziyuanku.it.support.TestAccounts;
import org.ziyuanku.it.support.TestDatabase;
import org.ziyuanku.it.support.TestKeycloak;
import org.ziyuanku.it.support.TestResources;

/**
 * The cheap save path (issue 15 item 6, V52): the paper's top-level question ids are stored with the attempt when it
 * is drawn, a save checks its question against them (a question of the same library on another paper is 400, nothing
 * stored), the upsert answers the row it stored and a repeated older save the newer one; an attempt drawn before V52
 * (no ids stored) still takes saves and refuses a question not on its paper, from its snapshot; and it submits.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AttemptSaveIT {

    private static final String SUFFIX = "as" + System.currentTimeMillis() % 100_000;
    private static final String TEACHER = "save-t-" + SUFFIX;
    private static String learner;
    private static int learners;
    private static long teacherId;
    private static long offering;
    private static long paper;
    private static long truth;
    private static long single;
    private static long elsewhere;

    @BeforeAll
    static void classWithPaper() throws Exception {
        long library = TestResources.contributor(TEACHER);
        teacherId = TestDatabase.queryLong("select id from user_account where username = ?", TEACHER);
        long course = CourseFixtures.publishedCourse(library, teacherId, "AS" + SUFFIX);
        offering = CourseFixtures.publishedOffering(course, teacherId, "2026-2027-1");
        ApiClient author = ApiClient.as(TEACHER);
        truth = ApprovedQuestions.create(author, library, "\"type\":\"TRUE_FALSE\",\"stem\":\"判断" + SUFFIX
                + "\",\"key\":{\"truth\":true},\"points\":2");
        single = ApprovedQuestions.create(author, library, "\"type\":\"SINGLE_CHOICE\",\"stem\":\"单选" + SUFFIX
                + "\",\"options\":[\"对接\",\"角接\"],\"key\":{\"correct\":[1]},\"points\":2");
        elsewhere = ApprovedQuestions.create(author, library, "\"type\":\"TRUE_FALSE\",\"stem\":\"别卷" + SUFFIX
                + "\",\"key\":{\"truth\":false},\"points\":2");
        paper = FixedPapers.create(author, library, "保存卷" + SUFFIX, truth, single);
    }

    @AfterAll
    static void forget() throws Exception {
        TestDatabase.update("delete from exam where offering_id = ?", offering);
    }

    @Test
    void theIdsAreStoredAtDraw_aSaveAnswersTheStoredRow_anotherPapersQuestionIs400() throws Exception {
        long exam = openExam("即时" + SUFFIX);
        assertEquals(2, TestDatabase.queryLong("select cardinality(question_ids) from exam_attempt where exam_id = ?"
                + " and ? = any(question_ids) and ? = any(question_ids)", exam, truth, single));
        ApiClient one = ApiClient.as(learner);
        long attempt = start(one, exam);
        JsonObject saved = ExamEndpointIT.object(ExamEndpointIT.save(one, attempt, truth, "{\"truth\":true}", 2), 200);
        assertEquals(2, saved.getJsonNumber("seq").longValue(), saved.toString());
        assertTrue(saved.toString().contains("true"), "the stored answer is answered: " + saved);
        JsonObject older = ExamEndpointIT.object(ExamEndpointIT.save(one, attempt, truth, "{\"truth\":false}", 1),
                200);
        assertEquals(2, older.getJsonNumber("seq").longValue(), "the newer save is answered: " + older);
        assertEquals(1, TestDatabase.queryLong("select count(*) from exam_answer where attempt_id = ? and question_id"
                + " = ? and client_seq = 2 and answer like ?", attempt, truth, "%true%"), "the newer answer is kept");
        refusesTheQuestionOfAnotherPaper(one, attempt);
    }

    @Test
    void anAttemptDrawnBeforeTheIdsWereStoredStillTakesSaves_andRefusesAnotherPapersQuestion() throws Exception {
        long exam = openExam("旧卷" + SUFFIX);
        assertEquals(1, TestDatabase.update("update exam_attempt set question_ids = null where exam_id = ?", exam));
        ApiClient one = ApiClient.as(learner);
        long attempt = start(one, exam);
        assertEquals(200, ExamEndpointIT.save(one, attempt, truth, "{\"truth\":true}", 1).statusCode());
        assertEquals(200, ExamEndpointIT.save(one, attempt, single, "{\"choices\":[0]}", 2).statusCode());
        refusesTheQuestionOfAnotherPaper(one, attempt);
        JsonObject submitted = ExamEndpointIT.object(one.post("/api/v1/attempts/" + attempt + "/submit"), 200);
        assertEquals("GRADED", submitted.getString("status"), submitted.toString());
        HttpResponse<String> late = ExamEndpointIT.save(one, attempt, truth, "{\"truth\":false}", 3);
        assertEquals(409, late.statusCode(), late.body());
    }

    private static void refusesTheQuestionOfAnotherPaper(ApiClient one, long attempt) throws Exception {
        HttpResponse<String> notOnPaper = ExamEndpointIT.save(one, attempt, elsewhere, "{\"truth\":true}", 1);
        assertEquals(400, notOnPaper.statusCode(), notOnPaper.body());
        assertTrue(notOnPaper.body().contains("试卷中没有第 " + elsewhere + " 号题目"), notOnPaper.body());
        assertEquals(0, TestDatabase.queryLong("select count(*) from exam_answer where attempt_id = ? and question_id"
                + " = ?", attempt, elsewhere), "nothing stored");
    }

    /** An exam open now for a new class of one new learner, once the learner's paper is drawn. */
    private static synchronized long openExam(String title) throws Exception {
        learner = "save-l" + ++learners + "-" + SUFFIX;
        TestKeycloak.createUser(learner, "learner");
        long courseClass = CourseFixtures.courseClass(offering, title, teacherId);
        CourseFixtures.enrol(offering, courseClass, TestAccounts.account(learner,
                TestAccounts.organisation(TestResources.DEMO_SCHOOL)));
        LocalDateTime now = LocalDateTime.now().withNano(0);
        ApiClient teaching = ApiClient.as(TEACHER);
        HttpResponse<String> created = teaching.postJson("/api/v1/exams", "{\"paperId\":" + paper + ",\"offeringId\":"
                + offering + ",\"classId\":" + courseClass + ",\"title\":\"" + title + "\",\"opensAt\":\""
                + now.minusMinutes(1) + "\",\"closesAt\":\"" + now.plusHours(1) + "\",\"durationMinutes\":30,"
                + "\"showAnswers\":\"AFTER_SUBMIT\"}");
        assertEquals(201, created.statusCode(), created.body());
        long exam = Long.parseLong(ApiClient.json(created.body(), "id"));
        assertEquals(200, teaching.post("/api/v1/exams/" + exam + "/publish").statusCode());
        long deadline = System.currentTimeMillis() + 30_000;
        while (prepared(exam) == 0 && System.currentTimeMillis() < deadline) {
            Thread.sleep(500);
        }
        assertEquals(1, prepared(exam), "the learner's paper is drawn when the exam is published");
        return exam;
    }

    private static long prepared(long exam) throws Exception {
        return TestDatabase.queryLong("select count(*) from exam_attempt where exam_id = ? and status = 'PREPARED'",
                exam);
    }

    private static long start(ApiClient client, long exam) {
        JsonObject started = ExamEndpointIT.object(client.post("/api/v1/exams/" + exam + "/attempts"), 200);
        assertEquals("IN_PROGRESS", started.getString("status"));
        assertEquals(0, started.getJsonArray("answers").size(), "a fresh attempt has no answers");
        return started.getJsonNumber("id").longValue();
    }
}
