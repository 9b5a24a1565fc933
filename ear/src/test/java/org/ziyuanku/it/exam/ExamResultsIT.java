package org.ziyuanku.it.exam;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.ziyuanku.it.exam.ExamEndpointIT.object;
import static org.ziyuanku.it.exam.ExamEndpointIT.save;
import static org.ziyuanku.it.exam.ExamEndpointIT.shownIndex;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.LocalDateTime;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
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
 * An exam's results (issue 15 item 7) and closing it early, through {@code /api/v1/exams/{id}/statistics},
 * {@code /results.xlsx} and {@code /close}. A fixed paper: a single choice (2 points, key 角接), a true/false (2, true)
 * and a single choice (6, key 甲). Learner 1 answers all three right (10), learner 2 picks 搭接 in the first, true in
 * the second and leaves the third (2), learner 3 never starts: 3 learners, 2 attempted, submitted and graded; mean and
 * median 6, max 10, min 2; one learner in the 20 % band and one in the 90 % band; per question the score rates 50 %,
 * 100 %, 50 % and the options picked, counted in the stored order whatever order each learner saw. The workbook holds
 * both learners with their scores and a question sheet. A learner 403, a teacher of another school 404 (audited).
 * Closing: a cross-site POST is refused, a learner 403, another school 404; the teacher's close submits the attempt in
 * progress at once, after which a start and a save are refused with their messages.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ExamResultsIT {

    private static final String SUFFIX = "er" + System.currentTimeMillis() % 100_000;
    private static String teacher;
    private static String outsider;
    private static String learner1;
    private static String learner2;
    private static String learner3;
    private static long offering;
    private static long courseClass;
    private static long paper;
    private static long first;
    private static long truth;
    private static long third;

    @BeforeAll
    static void classWithPaper() throws Exception {
        teacher = "er-teacher-" + SUFFIX;
        long library = TestResources.contributor(teacher);
        outsider = "er-outsider-" + SUFFIX;
        TestResources.outsider(outsider);
        long school = TestAccounts.organisation(TestResources.DEMO_SCHOOL);
        long owner = TestAccounts.account("er-owner-" + SUFFIX, school);
        long course = CourseFixtures.publishedCourse(library, owner, "ER" + SUFFIX);
        offering = CourseFixtures.publishedOffering(course, owner, "2026-2027-1");
        courseClass = CourseFixtures.courseClass(offering, "成绩班" + SUFFIX, account(teacher));
        learner1 = learner("er-l1-" + SUFFIX, school);
        learner2 = learner("er-l2-" + SUFFIX, school);
        learner3 = learner("er-l3-" + SUFFIX, school);
        ApiClient author = ApiClient.as(teacher);
        first = question(author, library, "\"type\":\"SINGLE_CHOICE\",\"stem\":\"单选一" + SUFFIX + "\",\"options\":"
                + "[\"对接\",\"角接\",\"搭接\",\"T 形接\"],\"key\":{\"correct\":[1]},\"points\":2");
        truth = question(author, library, "\"type\":\"TRUE_FALSE\",\"stem\":\"判断" + SUFFIX + "\",\"key\":"
                + "{\"truth\":true},\"points\":2");
        third = question(author, library, "\"type\":\"SINGLE_CHOICE\",\"stem\":\"单选二" + SUFFIX + "\",\"options\":"
                + "[\"甲\",\"乙\",\"丙\"],\"key\":{\"correct\":[0]},\"points\":6");
        HttpResponse<String> created = author.postJson("/api/v1/papers", "{\"libraryId\":" + library + ",\"title\":"
                + "\"成绩卷" + SUFFIX + "\",\"kind\":\"FIXED\",\"questions\":[{\"questionId\":" + first + "},"
                + "{\"questionId\":" + truth + "},{\"questionId\":" + third + "}]}");
        assertEquals(201, created.statusCode(), created.body());
        paper = Long.parseLong(ApiClient.json(created.body(), "id"));
    }

    @AfterAll
    static void forget() throws Exception {
        TestDatabase.update("delete from exam where offering_id = ?", offering);
        TestResources.forget(outsider);
    }

    @Test
    void statisticsAndTheWorkbookHoldTheExactNumbers_forTeachersOnly() throws Exception {
        long exam = createAndPublish("成绩" + SUFFIX);
        JsonObject one = start(learner1, exam);
        long a1 = one.getJsonNumber("id").longValue();
        ApiClient l1 = ApiClient.as(learner1);
        saveOk(l1, a1, first, "{\"choices\":[" + shownIndex(one, first, "角接") + "]}");
        saveOk(l1, a1, truth, "{\"truth\":true}");
        saveOk(l1, a1, third, "{\"choices\":[" + shownIndex(one, third, "甲") + "]}");
        assertEquals("GRADED", object(l1.post("/api/v1/attempts/" + a1 + "/submit"), 200).getString("status"));
        JsonObject two = start(learner2, exam);
        long a2 = two.getJsonNumber("id").longValue();
        ApiClient l2 = ApiClient.as(learner2);
        saveOk(l2, a2, first, "{\"choices\":[" + shownIndex(two, first, "搭接") + "]}");
        saveOk(l2, a2, truth, "{\"truth\":true}");
        assertEquals("GRADED", object(l2.post("/api/v1/attempts/" + a2 + "/submit"), 200).getString("status"));

        JsonObject stats = object(ApiClient.as(teacher).get("/api/v1/exams/" + exam + "/statistics"), 200);
        assertEquals(3, stats.getInt("learners"), stats.toString());
        assertEquals(2, stats.getInt("attempted"));
        assertEquals(2, stats.getInt("submitted"));
        assertEquals(2, stats.getInt("graded"));
        assertDecimal("6", stats.getJsonNumber("mean"));
        assertDecimal("6", stats.getJsonNumber("median"));
        assertDecimal("10", stats.getJsonNumber("max"));
        assertDecimal("2", stats.getJsonNumber("min"));
        assertEquals("[0,0,1,0,0,0,0,0,0,1]", stats.getJsonArray("bands").toString(), "20 % and 100 %");
        assertQuestion(stats, first, 2, "0.5", "[0,1,1,0]");
        assertQuestion(stats, truth, 2, "1", "[]");
        assertQuestion(stats, third, 1, "0.5", "[1,0,0]");
        assertEquals(0, stats.getInt("groupSize"), "two graded learners are too few for a discrimination index");

        workbookHoldsBothLearners(exam);
        HttpResponse<String> byLearner = l1.get("/api/v1/exams/" + exam + "/statistics");
        assertEquals(403, byLearner.statusCode(), byLearner.body());
        assertEquals(403, l1.get("/api/v1/exams/" + exam + "/results.xlsx").statusCode());
        assertEquals(404, ApiClient.as(outsider).get("/api/v1/exams/" + exam + "/statistics").statusCode());
        assertEquals(404, ApiClient.as(outsider).get("/api/v1/exams/" + exam + "/results.xlsx").statusCode());
        assertEquals(2, TestDatabase.queryLong("select count(*) from audit_record where action = 'EXAM_STATISTICS'"
                + " and outcome = 'DENIED' and target = ?", "exam:" + exam), "both refusals are audited");
        assertEquals(1, TestDatabase.queryLong("select count(*) from audit_record where action ="
                + " 'EXAM_RESULTS_EXPORT' and outcome = 'SUCCESS' and target = ?", "exam:" + exam), "the export");
    }

    private static void workbookHoldsBothLearners(long exam) throws Exception {
        HttpResponse<byte[]> xlsx = ApiClient.as(teacher).getBytes("/api/v1/exams/" + exam + "/results.xlsx");
        assertEquals(200, xlsx.statusCode());
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            Sheet learners = book.getSheetAt(0);
            DataFormatter cells = new DataFormatter();
            assertEquals("姓名", cells.formatCellValue(learners.getRow(0).getCell(0)));
            assertEquals(3, learners.getLastRowNum(), "a header and three learners");
            StringBuilder all = new StringBuilder();
            for (Row row : learners) {
                row.forEach(c -> all.append(cells.formatCellValue(c)).append('|'));
                all.append('\n');
            }
            assertTrue(all.toString().contains(learner1 + "|成绩班" + SUFFIX + "|已评分|10|10|"), all.toString());
            assertTrue(all.toString().contains(learner2 + "|成绩班" + SUFFIX + "|已评分|2|10|"), all.toString());
            assertTrue(all.toString().contains(learner3 + "|成绩班" + SUFFIX + "|未开始|"), all.toString());
            assertEquals(3, book.getSheetAt(1).getLastRowNum(), "a header and three questions");
        }
    }

    @Test
    void closingSubmitsTheAttemptInProgress_andRefusesStartsAndSaves_onlyForItsTeacher() throws Exception {
        long exam = createAndPublish("结束" + SUFFIX);
        JsonObject one = start(learner1, exam);
        long attempt = one.getJsonNumber("id").longValue();
        ApiClient l1 = ApiClient.as(learner1);
        saveOk(l1, attempt, truth, "{\"truth\":true}");

        CrossSiteApi forged = CrossSiteApi.victim(teacher);
        forged.assertLive();
        CrossSiteApi.assertRefused(forged.send("POST", "/api/v1/exams/" + exam + "/close", null));
        assertEquals(403, l1.post("/api/v1/exams/" + exam + "/close").statusCode());
        assertEquals(404, ApiClient.as(outsider).post("/api/v1/exams/" + exam + "/close").statusCode());
        assertEquals("PUBLISHED", TestDatabase.queryString("select status from exam where id = ?", exam));
        assertEquals("IN_PROGRESS", TestDatabase.queryString("select status from exam_attempt where id = ?", attempt));

        JsonObject closed = object(ApiClient.as(teacher).post("/api/v1/exams/" + exam + "/close"), 200);
        assertEquals("CLOSED", closed.getString("status"));
        assertEquals("GRADED", TestDatabase.queryString("select status from exam_attempt where id = ?", attempt),
                "the attempt in progress is submitted and graded at once");
        assertEquals("AUTO", TestDatabase.queryString("select submitted_how from exam_attempt where id = ?", attempt));
        assertEquals(200, TestDatabase.queryLong("select (score * 100)::bigint from exam_attempt where id = ?", attempt));
        HttpResponse<String> saved = save(l1, attempt, first, "{\"choices\":[0]}", 9);
        assertEquals(409, saved.statusCode(), saved.body());
        assertTrue(saved.body().contains("本次作答时间已到或已交卷"), saved.body());
        HttpResponse<String> started = ApiClient.as(learner2).post("/api/v1/exams/" + exam + "/attempts");
        assertEquals(409, started.statusCode(), started.body());
        assertTrue(started.body().contains("考试已于"), started.body());
        HttpResponse<String> again = ApiClient.as(teacher).inLanguage("en").post("/api/v1/exams/" + exam + "/close");
        assertEquals(409, again.statusCode(), again.body());
        assertTrue(again.body().contains("Only a published exam that is still open can be ended."), again.body());
        assertEquals(1, TestDatabase.queryLong("select count(*) from audit_record where action = 'EXAM_CLOSE'"
                + " and outcome = 'SUCCESS' and target = ?", "exam:" + exam));
    }

    private static void assertQuestion(JsonObject stats, long question, int answered, String rate, String options) {
        JsonObject q = stats.getJsonArray("questions").getValuesAs(JsonObject.class).stream()
                .filter(o -> o.getJsonNumber("questionId").longValue() == question).findFirst().orElseThrow();
        assertEquals(2, q.getInt("papers"), q.toString());
        assertEquals(answered, q.getInt("answered"), q.toString());
        assertDecimal(rate, q.getJsonNumber("scoreRate"));
        assertEquals(options, q.getJsonArray("optionCounts").toString(), q.toString());
        assertTrue(!q.containsKey("discrimination") || q.isNull("discrimination"), q.toString());
    }

    private static void assertDecimal(String expected, JsonNumber actual) {
        assertEquals(0, new BigDecimal(expected).compareTo(actual.bigDecimalValue()), expected + " vs " + actual);
    }

    private static void saveOk(ApiClient client, long attempt, long question, String answer) {
        HttpResponse<String> saved = save(client, attempt, question, answer, 1);
        assertEquals(200, saved.statusCode(), saved.body());
    }

    private static JsonObject start(String learner, long exam) {
        JsonObject started = object(ApiClient.as(learner).post("/api/v1/exams/" + exam + "/attempts"), 200);
        assertEquals("IN_PROGRESS", started.getString("status"));
        return started;
    }

    /** A published exam open since a minute ago, every learner's paper drawn. */
    private static long createAndPublish(String title) throws Exception {
        LocalDateTime now = LocalDateTime.now();
        ApiClient teaching = ApiClient.as(teacher);
        HttpResponse<String> created = teaching.postJson("/api/v1/exams", "{\"paperId\":" + paper + ",\"offeringId\":"
                + offering + ",\"classId\":" + courseClass + ",\"title\":\"" + title + "\",\"opensAt\":\""
                + now.minusMinutes(1).withNano(0) + "\",\"closesAt\":\"" + now.plusHours(2).withNano(0)
                + "\",\"durationMinutes\":60,\"showAnswers\":\"AFTER_SUBMIT\"}");
        assertEquals(201, created.statusCode(), created.body());
        long exam = Long.parseLong(ApiClient.json(created.body(), "id"));
        assertEquals(200, teaching.post("/api/v1/exams/" + exam + "/publish").statusCode());
        long deadline = System.currentTimeMillis() + 30_000;
        while (TestDatabase.queryLong("select count(*) from exam_attempt where exam_id = ?", exam) < 3
                && System.currentTimeMillis() < deadline) {
            Thread.sleep(500);
        }
        assertEquals(3, TestDatabase.queryLong("select count(*) from exam_attempt where exam_id = ?", exam));
        return exam;
    }

    private static long question(ApiClient author, long library, String json) {
        HttpResponse<String> created = author.postJson("/api/v1/questions", "{\"libraryId\":" + library + "," + json
                + "}");
        assertEquals(201, created.statusCode(), created.body());
        return Long.parseLong(ApiClient.json(created.body(), "id"));
    }

    private static long account(String username) throws Exception {
        return TestDatabase.queryLong("select id from user_account where username = ?", username);
    }

    private static String learner(String username, long school) throws Exception {
        TestKeycloak.createUser(username, "learner");
        CourseFixtures.enrol(offering, courseClass, TestAccounts.account(username, school));
        return username;
    }
}
