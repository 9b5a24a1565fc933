package org.ziyuanku.it.exam;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.ziyuanku.it.exam.ExamEndpointIT.object;
import static org.ziyuanku.it.exam.ExamEndpointIT.save;
import static org.ziyuanku.it.exam.ExamEndpointIT.shownIndex;

import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
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
import org.ziyuanku.it.Deployments;
import org.ziyuanku.it.support.ApiClient;
import org.ziyuanku.it.support.CourseFixtures;
import org.ziyuanku.it.support.Http;
import org.ziyuanku.it.support.SessionSignIn;
import org.ziyuanku.it.support.TestAccounts;
import org.ziyuanku.it.support.TestDatabase;
import org.ziyuanku.it.support.TestKeycloak;
import org.ziyuanku.it.support.TestResources;

/**
 * Item analysis of an exam (issue 15 item 7) on a known data set of ten learners, a fixed paper of a single choice
 * Q1 (2 points, key B 角接), a true/false Q2 (2, true) and a single choice Q3 (6, key A 甲); ✓ right, ✗ wrong:
 * L1, L2 ✓✗✓ = 8; L3 ✗✗✓ = 6; L4, L5 ✓✓✗ = 4; L6, L7 ✓✗✗ = 2; L8–L10 ✗✗✗ = 0 (wrong picks are always 搭接 and 乙).
 * The 27 % groups hold three learners: L1–L3 and L8–L10, so the discrimination index is Q1 4/6 − 0 = 0.67, Q2 0 − 0 =
 * 0, Q3 1 − 0 = 1; the difficulty indexes 0.6, 0.2, 0.3; the option counts Q1 [0, 6, 4, 0] with key [1], Q3 [3, 7, 0]
 * with key [0] (the keys the papers were drawn with, also after Q1's key is changed). The same figures are in the
 * workbook's item-analysis sheet and on the print view, which the teacher opens (a bare page with the print
 * stylesheet), a learner gets 403 and a teacher of another school 404 (both audited), and a page without a valid exam
 * id 404.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ExamItemStatisticsIT {

    private static final String SUFFIX = "is" + System.currentTimeMillis() % 100_000;
    private static final int LEARNERS = 10;
    private static String teacher;
    private static String outsider;
    private static final List<String> LEARNER_NAMES = new ArrayList<>();
    private static long offering;
    private static long courseClass;
    private static long paper;
    private static long q1;
    private static long q2;
    private static long q3;

    @BeforeAll
    static void classWithPaper() throws Exception {
        teacher = "is-teacher-" + SUFFIX;
        long library = TestResources.contributor(teacher);
        outsider = "is-outsider-" + SUFFIX;
        TestResources.outsider(outsider);
        long school = TestAccounts.organisation(TestResources.DEMO_SCHOOL);
        long owner = TestAccounts.account("is-owner-" + SUFFIX, school);
        long course = CourseFixtures.publishedCourse(library, owner, "IS" + SUFFIX);
        offering = CourseFixtures.publishedOffering(course, owner, "2026-2027-1");
        long teacherId = TestDatabase.queryLong("select id from user_account where username = ?", teacher);
        courseClass = CourseFixtures.courseClass(offering, "分析班" + SUFFIX, teacherId);
        for (int i = 1; i <= LEARNERS; i++) {
            String name = "is-l" + (i < 10 ? "0" : "") + i + "-" + SUFFIX;
            TestKeycloak.createUser(name, "learner");
            CourseFixtures.enrol(offering, courseClass, TestAccounts.account(name, school));
            LEARNER_NAMES.add(name);
        }
        ApiClient author = ApiClient.as(teacher);
        q1 = question(author, library, "\"type\":\"SINGLE_CHOICE\",\"stem\":\"分析一" + SUFFIX + "\",\"options\":"
                + "[\"对接\",\"角接\",\"搭接\",\"T 形接\"],\"key\":{\"correct\":[1]},\"points\":2");
        q2 = question(author, library, "\"type\":\"TRUE_FALSE\",\"stem\":\"分析二" + SUFFIX + "\",\"key\":"
                + "{\"truth\":true},\"points\":2");
        q3 = question(author, library, "\"type\":\"SINGLE_CHOICE\",\"stem\":\"分析三" + SUFFIX + "\",\"options\":"
                + "[\"甲\",\"乙\",\"丙\"],\"key\":{\"correct\":[0]},\"points\":6");
        HttpResponse<String> created = author.postJson("/api/v1/papers", "{\"libraryId\":" + library + ",\"title\":"
                + "\"分析卷" + SUFFIX + "\",\"kind\":\"FIXED\",\"questions\":[{\"questionId\":" + q1 + "},"
                + "{\"questionId\":" + q2 + "},{\"questionId\":" + q3 + "}]}");
        assertEquals(201, created.statusCode(), created.body());
        paper = Long.parseLong(ApiClient.json(created.body(), "id"));
    }

    @AfterAll
    static void forget() throws Exception {
        TestDatabase.update("delete from exam where offering_id = ?", offering);
        TestResources.forget(outsider);
    }

    @Test
    void discriminationDifficultyAndOptions_onTheApiTheWorkbookAndThePrintView() throws Exception {
        long exam = createAndPublish("分析" + SUFFIX);
        String[] patterns = {"YNY", "YNY", "NNY", "YYN", "YYN", "YNN", "YNN", "NNN", "NNN", "NNN"};
        for (int i = 0; i < LEARNERS; i++) {
            answer(LEARNER_NAMES.get(i), exam, patterns[i]);
        }
        JsonObject stats = object(ApiClient.as(teacher).get("/api/v1/exams/" + exam + "/statistics"), 200);
        assertEquals(10, stats.getInt("graded"), stats.toString());
        assertEquals(3, stats.getInt("groupSize"), "27 % of ten learners");
        assertDecimal("3.4", stats.getJsonNumber("mean").bigDecimalValue());
        assertItem(stats, q1, "0.6", "0.67", "[0,6,4,0]", "[1]");
        assertItem(stats, q2, "0.2", "0", "[]", "[]");
        assertItem(stats, q3, "0.3", "1", "[3,7,0]", "[0]");
        workbookHasTheItemSheet(exam);
        printView(exam);

        assertEquals(1, TestDatabase.update("update question set answer_key = replace(answer_key, '\"correct\":[1]',"
                + " '\"correct\":[2]') where id = ?", q1), "the live key of Q1 changes after the papers were drawn");
        JsonObject later = object(ApiClient.as(teacher).get("/api/v1/exams/" + exam + "/statistics"), 200);
        assertItem(later, q1, "0.6", "0.67", "[0,6,4,0]", "[1]");
    }

    private static void workbookHasTheItemSheet(long exam) throws Exception {
        HttpResponse<byte[]> xlsx = ApiClient.as(teacher).getBytes("/api/v1/exams/" + exam + "/results.xlsx");
        assertEquals(200, xlsx.statusCode());
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            Sheet items = book.getSheet("试题分析");
            DataFormatter cells = new DataFormatter();
            StringBuilder all = new StringBuilder();
            for (Row row : items) {
                row.forEach(c -> all.append(cells.formatCellValue(c)).append('|'));
                all.append('\n');
            }
            assertTrue(all.toString().contains(q1 + "|分析一" + SUFFIX + "|0.6|0.67|B|A: 0, B*: 6, C: 4, D: 0|"),
                    all.toString());
            assertTrue(all.toString().contains(q3 + "|分析三" + SUFFIX + "|0.3|1|A|A*: 3, B: 7, C: 0|"), all.toString());
            assertTrue(all.toString().contains("区分度：按总分排名前 27%"), all.toString());
        }
    }

    private static void printView(long exam) throws Exception {
        String url = Deployments.BASE_URL + "/console/teaching/exam-print.xhtml?exam=";
        HttpResponse<String> page = Http.get(url + exam, SessionSignIn.cookies(teacher), "zh-CN");
        assertEquals(200, page.statusCode(), page.body());
        assertTrue(page.body().contains("print.css"), "the print stylesheet");
        assertFalse(page.body().contains("consoleMenu"), "no console chrome");
        assertTrue(page.body().contains(LEARNER_NAMES.get(0)) && page.body().contains(LEARNER_NAMES.get(9)));
        assertTrue(page.body().contains("<td class=\"zyk-discrimination\">0.67</td>"), page.body());
        assertTrue(page.body().contains("B ✓: 6"), page.body());
        assertEquals(403, Http.get(url + exam, SessionSignIn.cookies(LEARNER_NAMES.get(0)), "zh-CN").statusCode());
        assertEquals(404, Http.get(url + exam, SessionSignIn.cookies(outsider), "zh-CN").statusCode());
        assertEquals(404, Http.get(url + "abc", SessionSignIn.cookies(teacher), "zh-CN").statusCode());
        assertEquals(2, TestDatabase.queryLong("select count(*) from audit_record where action = 'EXAM_RESULTS_PRINT'"
                + " and outcome = 'DENIED' and target = ?", "exam:" + exam), "both refusals are audited");
        assertEquals(1, TestDatabase.queryLong("select count(*) from audit_record where action = 'EXAM_RESULTS_PRINT'"
                + " and outcome = 'SUCCESS' and target = ?", "exam:" + exam));
    }

    /** Answers Q1, Q2, Q3 right (Y) or wrong (N) as the pattern says, and submits. */
    private static void answer(String learner, long exam, String pattern) {
        ApiClient client = ApiClient.as(learner);
        JsonObject started = object(client.post("/api/v1/exams/" + exam + "/attempts"), 200);
        long attempt = started.getJsonNumber("id").longValue();
        saveOk(client, attempt, q1, "{\"choices\":[" + shownIndex(started, q1, pattern.charAt(0) == 'Y' ? "角接" : "搭接")
                + "]}");
        saveOk(client, attempt, q2, "{\"truth\":" + (pattern.charAt(1) == 'Y') + "}");
        saveOk(client, attempt, q3, "{\"choices\":[" + shownIndex(started, q3, pattern.charAt(2) == 'Y' ? "甲" : "乙")
                + "]}");
        assertEquals("GRADED", object(client.post("/api/v1/attempts/" + attempt + "/submit"), 200).getString("status"));
    }

    private static void assertItem(JsonObject stats, long question, String difficulty, String discrimination,
            String options, String key) {
        JsonObject q = stats.getJsonArray("questions").getValuesAs(JsonObject.class).stream()
                .filter(o -> o.getJsonNumber("questionId").longValue() == question).findFirst().orElseThrow();
        assertDecimal(difficulty, q.getJsonNumber("scoreRate").bigDecimalValue());
        assertDecimal(discrimination, q.getJsonNumber("discrimination").bigDecimalValue());
        assertEquals(options, q.getJsonArray("optionCounts").toString(), q.toString());
        assertEquals(key, q.getJsonArray("keyOptions").toString(), q.toString());
    }

    private static void assertDecimal(String expected, BigDecimal actual) {
        assertEquals(0, new BigDecimal(expected).compareTo(actual), expected + " vs " + actual);
    }

    private static void saveOk(ApiClient client, long attempt, long question, String answer) {
        HttpResponse<String> saved = save(client, attempt, question, answer, 1);
        assertEquals(200, saved.statusCode(), saved.body());
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
        long deadline = System.currentTimeMillis() + 60_000;
        while (TestDatabase.queryLong("select count(*) from exam_attempt where exam_id = ?", exam) < LEARNERS
                && System.currentTimeMillis() < deadline) {
            Thread.sleep(500);
        }
        return exam;
    }

    private static long question(ApiClient author, long library, String json) {
        HttpResponse<String> created = author.postJson("/api/v1/questions", "{\"libraryId\":" + library + "," + json
                + "}");
        assertEquals(201, created.statusCode(), created.body());
        return Long.parseLong(ApiClient.json(created.body(), "id"));
    }
}
