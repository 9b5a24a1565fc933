package org.ziyuanku.it.exam;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.util.UUID;
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
 * Self-tests (自测, issue 15 item 4) through {@code /api/v1/self-tests} and the attempt endpoints. The course lead sets
 * the paper of a SELF_TEST item (single choice + true/false, 2 + 2 points, with analyses); in the offering a learner
 * starts, answers, submits and at once sees the score, the keys and the analyses; a second attempt draws a new
 * attempt, and the best (4) and last (2) score are kept; the teacher reads every learner's record. The practice exam
 * is neither listed with the offering's exams nor reachable through the exam endpoints. Refusals: a learner not
 * enrolled (404, audited), a learner reading the teacher's list or setting the paper (403), no paper yet (409), bad
 * bodies and a paper of no library the caller works in (400).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SelfTestIT {

    private static final String SUFFIX = "st" + System.currentTimeMillis() % 100_000;
    private static final String ANALYSIS = "解析" + SUFFIX;
    private static String teacher;
    private static String learner;
    private static String stranger;
    private static long offering;
    private static long courseItem;
    private static long item;
    private static long emptyItem;
    private static long paper;
    private static long single;
    private static long truth;

    @BeforeAll
    static void courseWithSelfTest() throws Exception {
        teacher = "st-teacher-" + SUFFIX;
        long library = TestResources.contributor(teacher);
        long teacherId = account(teacher);
        long school = TestAccounts.organisation(TestResources.DEMO_SCHOOL);
        long course = CourseFixtures.publishedCourse(library, teacherId, "ST" + SUFFIX);
        long topic = TestDatabase.queryLong("select id from course_node where course_id = ? and depth = 2", course);
        courseItem = selfTestNode(course, topic, 0, "自测一");
        selfTestNode(course, topic, 1, "自测二");
        offering = CourseFixtures.publishedOffering(course, teacherId, "2026-2027-1");
        long courseClass = CourseFixtures.courseClass(offering, "自测班" + SUFFIX, teacherId);
        item = TestDatabase.queryLong("select id from offering_node where offering_id = ? and title = ?", offering,
                "自测一");
        emptyItem = TestDatabase.queryLong("select id from offering_node where offering_id = ? and title = ?",
                offering, "自测二");
        learner = user("st-l1-" + SUFFIX, school);
        CourseFixtures.enrol(offering, courseClass, account(learner));
        stranger = user("st-l2-" + SUFFIX, school);
        ApiClient author = ApiClient.as(teacher);
        single = ApprovedQuestions.create(author, library, "\"type\":\"SINGLE_CHOICE\",\"stem\":\"单选" + SUFFIX + "\",\"options\":"
                + "[\"对接\",\"角接\",\"搭接\"],\"key\":{\"correct\":[1]},\"analysis\":\"" + ANALYSIS + "\",\"points\":2");
        truth = ApprovedQuestions.create(author, library, "\"type\":\"TRUE_FALSE\",\"stem\":\"判断" + SUFFIX + "\",\"key\":"
                + "{\"truth\":true},\"analysis\":\"判断" + ANALYSIS + "\",\"points\":2");
        HttpResponse<String> created = author.postJson("/api/v1/papers", "{\"libraryId\":" + library + ",\"title\":"
                + "\"自测卷" + SUFFIX + "\",\"kind\":\"FIXED\",\"questions\":[{\"questionId\":" + single + "},"
                + "{\"questionId\":" + truth + "}]}");
        assertEquals(201, created.statusCode(), created.body());
        paper = Long.parseLong(ApiClient.json(created.body(), "id"));
    }

    @AfterAll
    static void forget() throws Exception {
        TestDatabase.update("delete from exam where offering_id = ?", offering);
    }

    @Test
    void theTeamSetsThePaper_aLearnerPractisesTwice_seesKeysAndAnalysis_bestAndLastAreKept() throws Exception {
        setPaper();
        ApiClient one = ApiClient.as(learner);
        JsonObject before = ExamEndpointIT.object(one.get("/api/v1/self-tests/" + item), 200);
        assertEquals(0, before.getInt("attempts"));
        assertFalse(before.containsKey("bestScore"), "no best score yet: " + before);

        JsonObject first = ExamEndpointIT.object(one.post("/api/v1/self-tests/" + item + "/attempts"), 200);
        assertEquals("IN_PROGRESS", first.getString("status"));
        assertEquals(2, first.getJsonArray("questions").size());
        assertFalse(first.toString().contains(ANALYSIS), "no analysis before submitting");
        long attempt = first.getJsonNumber("id").longValue();
        JsonObject again = ExamEndpointIT.object(one.post("/api/v1/self-tests/" + item + "/attempts"), 200);
        assertEquals(attempt, again.getJsonNumber("id").longValue(), "starting again resumes the attempt");
        JsonObject submitted = answerAndSubmit(one, first, true);
        assertEquals("GRADED", submitted.getString("status"));
        assertScore("4", submitted.getJsonNumber("score").bigDecimalValue());
        assertTrue(submitted.toString().contains(ANALYSIS), "the analysis is shown at once: " + submitted);
        assertTrue(submitted.getJsonArray("results").getJsonObject(0).containsKey("key"), submitted.toString());

        JsonObject second = ExamEndpointIT.object(one.post("/api/v1/self-tests/" + item + "/attempts"), 200);
        assertNotEquals(attempt, second.getJsonNumber("id").longValue(), "a new attempt after submitting");
        assertEquals(2, second.getInt("attemptNo"));
        assertScore("2", answerAndSubmit(one, second, false).getJsonNumber("score").bigDecimalValue());

        JsonObject scores = ExamEndpointIT.object(one.get("/api/v1/self-tests/" + item), 200);
        assertEquals(2, scores.getInt("attempts"));
        assertScore("4", scores.getJsonNumber("bestScore").bigDecimalValue());
        assertScore("2", scores.getJsonNumber("lastScore").bigDecimalValue());
        assertScore("4", scores.getJsonNumber("maxScore").bigDecimalValue());
        HttpResponse<String> learners = ApiClient.as(teacher).get("/api/v1/self-tests/" + item + "/learners");
        assertEquals(200, learners.statusCode(), learners.body());
        assertTrue(learners.body().contains("\"learnerName\"") && learners.body().contains("\"attempts\":2"),
                learners.body());
        practiceIsNoExam(first.getJsonNumber("examId").longValue());
    }

    /** The practice exam is not among the offering's exams, nor reachable through the exam endpoints. */
    private static void practiceIsNoExam(long backing) throws Exception {
        ApiClient teaching = ApiClient.as(teacher);
        HttpResponse<String> exams = teaching.get("/api/v1/exams?offering=" + offering);
        assertEquals(200, exams.statusCode(), exams.body());
        assertFalse(exams.body().contains("\"id\":" + backing + ","), exams.body());
        assertEquals(404, teaching.get("/api/v1/exams/" + backing + "/results").statusCode());
        assertEquals(404, teaching.get("/api/v1/exams/" + backing).statusCode());
        assertEquals(404, ApiClient.as(learner).get("/api/v1/exams/" + backing).statusCode());
        assertEquals("SELF_TEST", TestDatabase.queryString("select kind from exam where id = ?", backing));
    }

    @Test
    void refusals_strangers404_learnersOnTeamEndpoints403_noPaper409_badInput400() throws Exception {
        setPaper();
        ApiClient outsider = ApiClient.as(stranger);
        assertEquals(404, outsider.post("/api/v1/self-tests/" + item + "/attempts").statusCode());
        assertEquals(404, outsider.get("/api/v1/self-tests/" + item).statusCode());
        assertEquals(404, outsider.get("/api/v1/self-tests/" + item + "/learners").statusCode());
        assertEquals(1, TestDatabase.queryLong("select count(*) from audit_record where action = 'SELF_TEST_START'"
                + " and outcome = 'DENIED' and target = ?", "offering-node:" + item), "the refusal is audited");
        ApiClient one = ApiClient.as(learner);
        assertEquals(403, one.get("/api/v1/self-tests/" + item + "/learners").statusCode());
        assertEquals(403, one.putJson(paperPath(), "{\"paperId\":" + paper + "}").statusCode());
        long topic = TestDatabase.queryLong("select parent_id from offering_node where id = ?", item);
        assertEquals(404, one.post("/api/v1/self-tests/" + topic + "/attempts").statusCode(), "not a self-test");
        HttpResponse<String> empty = one.inLanguage("en").post("/api/v1/self-tests/" + emptyItem + "/attempts");
        assertEquals(409, empty.statusCode(), empty.body());
        assertTrue(empty.body().contains("no paper yet"), empty.body());

        ApiClient team = ApiClient.as(teacher);
        HttpResponse<String> missing = team.inLanguage("en").putJson(paperPath(), "{}");
        assertEquals(400, missing.statusCode(), missing.body());
        HttpResponse<String> broken = team.putJson(paperPath(), "{\"paperId\":");
        assertEquals(400, broken.statusCode(), broken.body());
        assertTrue(broken.body().contains("请求正文不是可读取的 JSON"), broken.body());
        long nowhere = TestDatabase.queryLong("select max(id) + 1000 from exam_paper");
        HttpResponse<String> foreign = team.putJson(paperPath(), "{\"paperId\":" + nowhere + "}");
        assertEquals(400, foreign.statusCode(), foreign.body());
        assertEquals(paper, TestDatabase.queryLong("select paper_id from self_test s join course_node n on"
                + " n.node_key = s.node_key where n.id = ?", courseItem), "the refused paper is not set");
        long topicNode = TestDatabase.queryLong("select parent_id from course_node where id = ?", courseItem);
        assertEquals(404, team.putJson("/api/v1/self-tests/course-items/" + topicNode + "/paper", "{\"paperId\":"
                + paper + "}").statusCode(), "a topic is no item");
    }

    private static void setPaper() {
        HttpResponse<String> set = ApiClient.as(teacher).putJson(paperPath(), "{\"paperId\":" + paper + "}");
        assertEquals(200, set.statusCode(), set.body());
        assertEquals(Long.toString(paper), ApiClient.json(set.body(), "paperId"), set.body());
    }

    private static String paperPath() {
        return "/api/v1/self-tests/course-items/" + courseItem + "/paper";
    }

    /** Answers the true/false right and the single choice right or wrong; submits. */
    private static JsonObject answerAndSubmit(ApiClient client, JsonObject attempt, boolean right) {
        long id = attempt.getJsonNumber("id").longValue();
        int correct = ExamEndpointIT.shownIndex(attempt, single, "角接");
        int chosen = right ? correct : (correct + 1) % 3;
        assertEquals(200, ExamEndpointIT.save(client, id, single, "{\"choices\":[" + chosen + "]}", 1).statusCode());
        assertEquals(200, ExamEndpointIT.save(client, id, truth, "{\"truth\":true}", 1).statusCode());
        return ExamEndpointIT.object(client.post("/api/v1/attempts/" + id + "/submit"), 200);
    }

    private static void assertScore(String expected, BigDecimal actual) {
        assertEquals(0, new BigDecimal(expected).compareTo(actual), expected + " <> " + actual);
    }

    private static long selfTestNode(long course, long topic, int position, String title) throws Exception {
        long id = TestDatabase.queryLong("select nextval('course_node_seq')");
        TestDatabase.update("insert into course_node (id, course_id, node_key, parent_id, depth, position, title,"
                + " item_kind, content_hash) values (?, ?, ?, ?, 3, ?, ?, 'SELF_TEST', ?)", id, course,
                UUID.randomUUID(), topic, position, title, TestResources.sha256((title + SUFFIX).getBytes(
                java.nio.charset.StandardCharsets.UTF_8)));
        return id;
    }


    private static String user(String username, long school) throws Exception {
        TestKeycloak.createUser(username, "learner");
        TestAccounts.account(username, school);
        return username;
    }

    private static long account(String username) throws Exception {
        return TestDatabase.queryLong("select id from user_account where username = ?", username);
    }
}
