package org.ziyuanku.it.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import java.io.StringReader;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.List;
import org.ziyuanku.it.support.ApiClient;
import org.ziyuanku.it.support.CourseFixtures;
import org.ziyuanku.it.support.TestAccounts;
import org.ziyuanku.it.support.TestDatabase;
import org.ziyuanku.it.support.TestKeycloak;
import org.ziyuanku.it.support.TestResources;

/**
 * An exam taken across a node failure (issue 15, "two-node IT"): a teacher publishes an exam on a fixed paper of two
 * questions through node 1, the learner starts it there and saves the first answer; after node 1 has stopped, the
 * learner starts again through node 2 and gets the same attempt, the same deadline and the saved answer, saves the
 * second answer there and submits; both answers are scored and both rows are in the database.
 */
final class ExamOnTwoNodes {

    private static final String SUFFIX = "x2" + System.currentTimeMillis() % 100_000;
    private static final String FILL_KEY = "焊芯" + SUFFIX;

    private final String teacher = "x2-teacher-" + SUFFIX;
    private final String learner = "x2-learner-" + SUFFIX;
    private long exam;
    private long single;
    private long fill;
    private long attempt;
    private String deadline;
    private int right;

    /** Sets the exam up through node 1 and waits until the learner's attempt is prepared. */
    static ExamOnTwoNodes publishedThrough(String node1) throws Exception {
        ExamOnTwoNodes world = new ExamOnTwoNodes();
        world.publish(node1);
        return world;
    }

    private void publish(String node) throws Exception {
        long library = TestResources.contributor(teacher);
        long teacherId = TestDatabase.queryLong("select id from user_account where username = ?", teacher);
        long school = TestAccounts.organisation(TestResources.DEMO_SCHOOL);
        long course = CourseFixtures.publishedCourse(library, TestAccounts.account("x2-owner-" + SUFFIX, school),
                "X2" + SUFFIX);
        long offering = CourseFixtures.publishedOffering(course, teacherId, "2026-2027-1");
        long courseClass = CourseFixtures.courseClass(offering, "双节点考试班" + SUFFIX, teacherId);
        TestKeycloak.createUser(learner, "learner");
        CourseFixtures.enrol(offering, courseClass, TestAccounts.account(learner, school));
        ApiClient author = ApiClient.as(teacher).at(node);
        single = created(author.postJson("/api/v1/questions", "{\"libraryId\":" + library + ",\"type\":\"SINGLE_CHOICE\","
                + "\"stem\":\"单选" + SUFFIX + "\",\"options\":[\"对接\",\"角接\",\"搭接\"],\"key\":{\"correct\":[1]},"
                + "\"points\":2}"));
        fill = created(author.postJson("/api/v1/questions", "{\"libraryId\":" + library + ",\"type\":\"FILL_BLANK\","
                + "\"stem\":\"焊条由 ____ 和药皮组成" + SUFFIX + "\",\"key\":{\"blanks\":[[\"" + FILL_KEY + "\"]]},"
                + "\"points\":2}"));
        long paper = created(author.postJson("/api/v1/papers", "{\"libraryId\":" + library + ",\"title\":\"双节点卷"
                + SUFFIX + "\",\"kind\":\"FIXED\",\"questions\":[{\"questionId\":" + single + "},{\"questionId\":" + fill
                + "}]}"));
        LocalDateTime now = LocalDateTime.now().withNano(0);
        exam = created(author.postJson("/api/v1/exams", "{\"paperId\":" + paper + ",\"offeringId\":" + offering
                + ",\"classId\":" + courseClass + ",\"title\":\"双节点考试" + SUFFIX + "\",\"opensAt\":\""
                + now.minusMinutes(1) + "\",\"closesAt\":\"" + now.plusHours(2) + "\",\"durationMinutes\":60,"
                + "\"showAnswers\":\"AFTER_SUBMIT\"}"));
        HttpResponse<String> published = author.post("/api/v1/exams/" + exam + "/publish");
        assertEquals(200, published.statusCode(), published.body());
        long until = System.currentTimeMillis() + 30_000;
        while (prepared() == 0 && System.currentTimeMillis() < until) {
            Thread.sleep(500);
        }
        assertEquals(1, prepared(), "the learner's attempt is prepared");
    }

    /** Starts the exam through the node and saves the single choice there. */
    void startAndAnswerFirstThrough(String node) {
        ApiClient taking = ApiClient.as(learner).at(node);
        JsonObject started = object(taking.post("/api/v1/exams/" + exam + "/attempts"));
        attempt = started.getJsonNumber("id").longValue();
        deadline = started.getString("deadlineAt");
        right = shownIndex(started, single, "角接");
        assertEquals(200, save(taking, single, "{\"choices\":[" + right + "]}").statusCode());
    }

    /** Resumes through the other node: same attempt, deadline and saved answer; answers the rest and submits. */
    void resumeAndSubmitThrough(String node) throws SQLException {
        ApiClient taking = ApiClient.as(learner).at(node);
        JsonObject resumed = object(taking.post("/api/v1/exams/" + exam + "/attempts"));
        assertEquals(attempt, resumed.getJsonNumber("id").longValue(), "the same attempt on the other node");
        assertEquals(deadline, resumed.getString("deadlineAt"), "the same deadline on the other node");
        String shown = object(taking.get("/api/v1/attempts/" + attempt)).toString();
        assertTrue(shown.contains("\"choices\":[" + right + "]"), "the answer saved through node 1: " + shown);
        assertEquals(200, save(taking, fill, "{\"blanks\":[\"" + FILL_KEY + "\"]}").statusCode());
        JsonObject submitted = object(taking.post("/api/v1/attempts/" + attempt + "/submit"));
        assertEquals(0, new BigDecimal("4").compareTo(submitted.getJsonNumber("score").bigDecimalValue()),
                "both answers scored: " + submitted);
        assertEquals(2, TestDatabase.queryLong("select count(*) from exam_answer where attempt_id = ?", attempt),
                "every saved answer is in the database");
    }

    private long prepared() throws SQLException {
        return TestDatabase.queryLong("select count(*) from exam_attempt where exam_id = ? and status = 'PREPARED'",
                exam);
    }

    private HttpResponse<String> save(ApiClient taking, long question, String answer) {
        return taking.putJson("/api/v1/attempts/" + attempt + "/answers/" + question, "{\"answer\":" + answer
                + ",\"seq\":1}");
    }

    private static long created(HttpResponse<String> response) {
        assertEquals(201, response.statusCode(), response.body());
        return Long.parseLong(ApiClient.json(response.body(), "id"));
    }

    private static JsonObject object(HttpResponse<String> response) {
        assertEquals(200, response.statusCode(), response.body());
        try (JsonReader reader = Json.createReader(new StringReader(response.body()))) {
            return reader.readObject();
        }
    }

    private static int shownIndex(JsonObject started, long question, String option) {
        JsonObject q = started.getJsonArray("questions").getValuesAs(JsonObject.class).stream()
                .filter(o -> o.getJsonNumber("questionId").longValue() == question).findFirst().orElseThrow();
        List<String> options = q.getJsonArray("options").getValuesAs(JsonString.class).stream()
                .map(JsonString::getString).toList();
        return options.indexOf(option);
    }
}
