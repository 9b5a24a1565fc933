package org.ziyuanku.it.exam;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.math.BigDecimal;
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
 * Grading reads the answer keys frozen in the attempt when its paper was drawn (issue 15): a teacher's own not yet
 * approved questions sit in a learner's drawn paper; the teacher then changes their keys; the learner answers by the
 * keys as drawn, submits, and is graded (and shown the key) as drawn. A paper drawn after the edit takes the new keys.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SnapshotGradingIT {

    private static final String SUFFIX = "sg" + System.currentTimeMillis() % 100_000;
    private static final String FILL_KEY = "焊芯" + SUFFIX;
    private static final String NEW_FILL_KEY = "药皮" + SUFFIX;
    private static String teacher;
    private static String learner;
    private static long library;
    private static long offering;
    private static long courseClass;
    private static long single;
    private static long fill;
    private static long exam;

    @BeforeAll
    static void examDrawnForALearner() throws Exception {
        teacher = "sg-teacher-" + SUFFIX;
        library = TestResources.contributor(teacher);
        long teacherId = TestDatabase.queryLong("select id from user_account where username = ?", teacher);
        long school = TestAccounts.organisation(TestResources.DEMO_SCHOOL);
        long owner = TestAccounts.account("sg-owner-" + SUFFIX, school);
        long course = CourseFixtures.publishedCourse(library, owner, "SG" + SUFFIX);
        offering = CourseFixtures.publishedOffering(course, owner, "2026-2027-1");
        courseClass = CourseFixtures.courseClass(offering, "快照班" + SUFFIX, teacherId);
        learner = "sg-l1-" + SUFFIX;
        TestKeycloak.createUser(learner, "learner");
        CourseFixtures.enrol(offering, courseClass, TestAccounts.account(learner, school));
        ApiClient author = ApiClient.as(teacher);
        single = question(author, null, singleChoice(1));
        fill = question(author, null, fillIn(FILL_KEY));
        HttpResponse<String> paper = author.postJson("/api/v1/papers", "{\"libraryId\":" + library + ",\"title\":"
                + "\"快照卷" + SUFFIX + "\",\"kind\":\"FIXED\",\"questions\":[{\"questionId\":" + single + "},"
                + "{\"questionId\":" + fill + "}]}");
        assertEquals(201, paper.statusCode(), paper.body());
        LocalDateTime now = LocalDateTime.now();
        HttpResponse<String> created = author.postJson("/api/v1/exams", "{\"paperId\":"
                + ApiClient.json(paper.body(), "id") + ",\"offeringId\":" + offering + ",\"classId\":" + courseClass
                + ",\"title\":\"快照考" + SUFFIX + "\",\"opensAt\":\"" + now.minusMinutes(1).withNano(0)
                + "\",\"closesAt\":\"" + now.plusHours(2).withNano(0) + "\",\"durationMinutes\":30,"
                + "\"showAnswers\":\"AFTER_SUBMIT\"}");
        assertEquals(201, created.statusCode(), created.body());
        exam = Long.parseLong(ApiClient.json(created.body(), "id"));
        assertEquals(200, author.post("/api/v1/exams/" + exam + "/publish").statusCode());
    }

    @AfterAll
    static void forget() throws Exception {
        TestDatabase.update("delete from exam where offering_id = ?", offering);
    }

    @Test
    void keysChangedAfterTheDraw_theAttemptIsGradedAndShownByTheKeysAsDrawn() throws Exception {
        long deadline = System.currentTimeMillis() + 30_000;
        while (TestDatabase.queryLong("select count(*) from exam_attempt where exam_id = ?", exam) == 0
                && System.currentTimeMillis() < deadline) {
            Thread.sleep(500);
        }
        ApiClient one = ApiClient.as(learner);
        JsonObject started = ExamEndpointIT.object(one.post("/api/v1/exams/" + exam + "/attempts"), 200);
        long attempt = started.getJsonNumber("id").longValue();
        assertEquals(1, TestDatabase.queryLong("select count(*) from exam_attempt where id = ? and answer_keys like ?",
                attempt, "%" + FILL_KEY + "%"), "the keys are frozen with the draw");
        assertFalse(started.toString().contains(FILL_KEY), "but never shown before submitting");

        ApiClient author = ApiClient.as(teacher);
        question(author, single, singleChoice(0));
        question(author, fill, fillIn(NEW_FILL_KEY));
        assertEquals(0, TestDatabase.queryLong("select count(*) from question where id = ? and answer_key like ?", fill,
                "%" + FILL_KEY + "%"), "the live key did change");

        int drawnRight = ExamEndpointIT.shownIndex(started, single, "角接");
        assertEquals(200, ExamEndpointIT.save(one, attempt, single, "{\"choices\":[" + drawnRight + "]}", 1)
                .statusCode());
        assertEquals(200, ExamEndpointIT.save(one, attempt, fill, "{\"blanks\":[\"" + FILL_KEY + "\"]}", 1)
                .statusCode());
        JsonObject submitted = ExamEndpointIT.object(one.post("/api/v1/attempts/" + attempt + "/submit"), 200);
        assertEquals("GRADED", submitted.getString("status"), submitted.toString());
        assertEquals(0, new BigDecimal("4").compareTo(submitted.getJsonNumber("score").bigDecimalValue()),
                "graded by the drawn keys: " + submitted);
        JsonObject result = ExamEndpointIT.object(one.get("/api/v1/attempts/" + attempt), 200);
        assertTrue(result.toString().contains(FILL_KEY) && !result.toString().contains(NEW_FILL_KEY),
                "the key shown is the drawn one: " + result);
    }

    private static String singleChoice(int correct) {
        return "\"type\":\"SINGLE_CHOICE\",\"stem\":\"单选" + SUFFIX + "\",\"options\":[\"对接\",\"角接\",\"搭接\","
                + "\"T 形接\"],\"key\":{\"correct\":[" + correct + "]},\"points\":2";
    }

    private static String fillIn(String key) {
        return "\"type\":\"FILL_BLANK\",\"stem\":\"焊条由 ____ 和药皮组成" + SUFFIX + "\",\"key\":{\"blanks\":[[\""
                + key + "\"]]},\"points\":2";
    }

    /** Creates the question (id null) or replaces its content; answers its id. */
    private static long question(ApiClient author, Long id, String json) {
        String body = "{\"libraryId\":" + library + "," + json + "}";
        HttpResponse<String> sent = id == null ? author.postJson("/api/v1/questions", body)
                : author.putJson("/api/v1/questions/" + id, body);
        assertEquals(id == null ? 201 : 200, sent.statusCode(), sent.body());
        return Long.parseLong(ApiClient.json(sent.body(), "id"));
    }
}
