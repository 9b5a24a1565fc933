package org.ziyuanku.it.teaching;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.sql.SQLException;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.ziyuanku.it.support.ApiClient;
import org.ziyuanku.it.support.CourseFixtures;
import org.ziyuanku.it.support.CrossSiteApi;
import org.ziyuanku.it.support.TestDatabase;
import org.ziyuanku.it.support.TestKeycloak;
import org.ziyuanku.it.support.TestResources;

/**
 * The class gradebook (成绩册) through the REST API. A class of two learners on a course of two items: Anna completed
 * one item (progress 50), got 8/10 on the homework (80), wrote a topic and a reply (2 of the default target 5: 40) and
 * her best exam attempt is 9/10 (90; a later 7/10 does not count); Ben 0 progress, 6/10 (60), no posts (0) and no
 * attempt on the still-open exam (left out). Default weights 20/30/10/40 give Anna 74.0 and Ben 1800/60 = 30.0; the
 * teacher's weights 10/40/10/40 with target 2 give 83.0 and 40.0. A learner sees only their own row (another's is 403,
 * audited), a learner of another class and a teacher outside the offering 404; weights by a learner 403, summing to 90
 * 400 with the message in the caller's language, a malformed body 400, a cross-site PUT refused; the Excel export holds
 * the names and totals under a header in the caller's language.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class GradebookIT {

    private static final String SUFFIX = Long.toString(System.currentTimeMillis() % 100_000);
    private static final String TEACHER = "gb-teacher-" + SUFFIX;
    private static final String OUTSIDER = "gb-outsider-" + SUFFIX;
    private static final String ANNA = "gb-anna-" + SUFFIX;
    private static final String BEN = "gb-ben-" + SUFFIX;
    private static final String OTHER = "gb-other-" + SUFFIX;
    private static long course;
    private static long offering;
    private static long classA;
    private static long classB;
    private static long anna;
    private static long ben;
    private static long paper;

    @BeforeAll
    static void aClassWithGradedWork() throws Exception {
        TestKeycloak.ensureRunning();
        long school = TeachingWorld.schoolA();
        long teacher = TeachingWorld.person(TEACHER, "teacher", school);
        TeachingWorld.person(OUTSIDER, "teacher", school);
        anna = TeachingWorld.person(ANNA, "learner", school);
        ben = TeachingWorld.person(BEN, "learner", school);
        long other = TeachingWorld.person(OTHER, "learner", school);
        TestDatabase.update("update user_account set real_name = ? where id = ?", "安娜" + SUFFIX, anna);
        TestDatabase.update("update user_account set real_name = ? where id = ?", "本" + SUFFIX, ben);
        long library = TestResources.weldingLibraryWith(school);
        course = TeachingWorld.course(library, teacher, "GB" + SUFFIX,
                TeachingWorld.publishedResources(TEACHER, library, "gb" + SUFFIX, 2));
        offering = TeachingWorld.offer(TEACHER, course, "焊接成绩 " + SUFFIX, "CODE", false);
        classA = TeachingWorld.createClass(TEACHER, offering, "一班");
        classB = TeachingWorld.createClass(TEACHER, offering, "二班");
        TeachingWorld.publish(TEACHER, offering);
        long annaEnrolment = CourseFixtures.enrol(offering, classA, anna);
        CourseFixtures.enrol(offering, classA, ben);
        CourseFixtures.enrol(offering, classB, other);
        List<Long> items = CourseFixtures.offeringItems(offering);
        assertEquals(2, items.size(), "two items");
        TestDatabase.update("insert into item_progress (enrolment_id, offering_node_id, part_id, status, completed_at,"
                + " updated_at) select ?, id, resource_id, 'COMPLETED', now(), now() from offering_node where id = ?",
                annaEnrolment, items.get(0));
        homework();
        discussion();
        exam(library, teacher);
    }

    private static void homework() throws SQLException {
        long hw = HomeworkWorld.published(TEACHER, offering, HomeworkWorld.manual(classA, "成绩作业", "REFUSE", 0,
                "TEXT"));
        grade(HomeworkWorld.submitted(ANNA, hw, "安娜的报告"), 8);
        grade(HomeworkWorld.submitted(BEN, hw, "本的报告"), 6);
    }

    private static void grade(long submission, int score) throws SQLException {
        HttpResponse<String> graded = ApiClient.as(TEACHER).postJson("/api/v1/submissions/" + submission + "/grade",
                "{\"score\":" + score + ",\"comment\":\"已阅\",\"version\":" + HomeworkWorld.version(submission) + "}");
        assertEquals(200, graded.statusCode(), graded.body());
    }

    private static void discussion() {
        HttpResponse<String> topic = ApiClient.as(ANNA).postJson("/api/v1/offerings/" + offering + "/discussions",
                "{\"title\":\"焊缝问题\",\"body\":\"请问焊缝怎样检查？\"}");
        assertEquals(201, topic.statusCode(), topic.body());
        HttpResponse<String> reply = ApiClient.as(ANNA).postJson("/api/v1/discussions/"
                + ApiClient.json(topic.body(), "id") + "/replies", "{\"body\":\"补充：用放大镜。\"}");
        assertTrue(reply.statusCode() == 200 || reply.statusCode() == 201, reply.body());
    }

    /** An open exam of class A on a paper of 10 points; Anna's attempts: 9 (graded), then 7 (submitted). */
    private static void exam(long library, long teacher) throws SQLException {
        paper = TestDatabase.queryLong("select nextval('exam_paper_seq')");
        TestDatabase.update("insert into exam_paper (id, library_id, title, kind, author_id, created_at, updated_at,"
                + " version) values (?, ?, ?, 'FIXED', ?, now(), now(), 0)", paper, library, "成绩卷" + SUFFIX, teacher);
        long exam = TestDatabase.queryLong("select nextval('exam_seq')");
        TestDatabase.update("insert into exam (id, paper_id, offering_id, class_id, title, opens_at, closes_at,"
                + " duration_minutes, max_attempts, show_answers, status, created_by, created_at, version) values"
                + " (?, ?, ?, ?, '期中考试', localtimestamp - interval '2 hours', localtimestamp + interval '2 hours',"
                + " 60, 2, 'NEVER', 'PUBLISHED', ?, now(), 0)", exam, paper, offering, classA, teacher);
        attempt(exam, 1, "GRADED", 9);
        attempt(exam, 2, "SUBMITTED", 7);
    }

    private static void attempt(long exam, int number, String status, int score) throws SQLException {
        TestDatabase.update("insert into exam_attempt (id, exam_id, learner_id, attempt_no, snapshot, option_orders,"
                + " status, prepared_at, started_at, deadline_at, submitted_at, submitted_how, score, max_score,"
                + " version) values (nextval('exam_attempt_seq'), ?, ?, ?, '[]', '[]', ?, now(), now(), now(),"
                + " now() + (? * interval '1 minute'), 'LEARNER', ?, 10, 0)", exam, anna, number, status, number,
                score);
    }

    @AfterAll
    static void deleteWhatWasCreated() throws Exception {
        TestDatabase.update("delete from exam where offering_id = ?", offering);
        TestDatabase.update("delete from exam_paper where id = ?", paper);
        TestDatabase.update("delete from discussion_topic where offering_id = ?", offering);
        TestDatabase.update("delete from assignment where offering_id = ?", offering);
        TeachingWorld.forgetCourse(course);
        TeachingWorld.forget(TEACHER, OUTSIDER, ANNA, BEN, OTHER);
    }

    @Test
    @Order(1)
    void theTeacherSeesEveryLearnersCategories_andTheTotalsOfTheDefaultWeights() {
        JsonObject book = object(ApiClient.as(TEACHER).get(grades()), 200);
        JsonObject weights = book.getJsonObject("weights");
        assertEquals(List.of(20, 30, 10, 40, 5), List.of(weights.getInt("progress"), weights.getInt("homework"),
                weights.getInt("discussion"), weights.getInt("exam"), weights.getInt("discussionTarget")));
        assertTrue(weights.getBoolean("defaults"));
        JsonArray rows = book.getJsonArray("rows");
        assertEquals(2, rows.size(), book.toString());
        assertRow(row(rows, anna), "安娜" + SUFFIX, 50.0, 80.0, 40.0, 90.0, 74.0);
        JsonObject benRow = row(rows, ben);
        assertRow(benRow, "本" + SUFFIX, 0.0, 60.0, 0.0, null, 30.0);
        assertEquals(2, row(rows, anna).getInt("posts"));
        assertEquals(0, new java.math.BigDecimal("9").compareTo(row(rows, anna).getJsonNumber("examScore")
                .bigDecimalValue()), "the best attempt counts");
    }

    @Test
    @Order(2)
    void aLearnerSeesOnlyTheirOwnRow_anothersIs403Audited_andOutsidersGet404() throws Exception {
        JsonObject annaBook = object(ApiClient.as(ANNA).get(grades()), 200);
        JsonArray rows = annaBook.getJsonArray("rows");
        assertEquals(1, rows.size(), annaBook.toString());
        assertEquals(anna, rows.getJsonObject(0).getJsonNumber("learnerId").longValue());
        assertFalse(annaBook.toString().contains("本" + SUFFIX), "no other learner's name");
        assertFalse(annaBook.getBoolean("staff"));
        JsonObject mine = object(ApiClient.as(ANNA).get(grades() + "/me"), 200);
        assertRow(mine, "安娜" + SUFFIX, 50.0, 80.0, 40.0, 90.0, 74.0);
        assertEquals(200, ApiClient.as(ANNA).get(grades() + "/" + anna).statusCode());

        HttpResponse<String> others = ApiClient.as(ANNA).get(grades() + "/" + ben);
        assertEquals(403, others.statusCode(), others.body());
        assertFalse(others.body().contains("60"), others.body());
        assertEquals(403, ApiClient.as(ANNA).getBytes(grades() + ".xlsx").statusCode());
        for (String path : List.of(grades(), grades() + "/me", grades() + "/" + anna)) {
            assertEquals(404, ApiClient.as(OTHER).get(path).statusCode(), path);
            assertEquals(404, ApiClient.as(OUTSIDER).get(path).statusCode(), path);
        }
        assertEquals(404, ApiClient.as(OTHER).getBytes(grades() + ".xlsx").statusCode());
        assertEquals(404, ApiClient.as(TEACHER).get("/api/v1/classes/" + classB + "0000/grades").statusCode());
        assertEquals(0, object(ApiClient.as(TEACHER).get("/api/v1/classes/" + classB + "/grades"), 200)
                .getJsonArray("rows").stream().filter(r -> r.asJsonObject().getJsonNumber("learnerId").longValue()
                        == anna).count(), "class B's gradebook holds none of class A");
        assertTrue(denials(ANNA, "GRADEBOOK_READ") >= 1, "the 403 is audited");
        assertTrue(denials(OTHER, "GRADEBOOK_READ") >= 3, "the 404s are audited");
        assertTrue(denials(OUTSIDER, "GRADEBOOK_READ") >= 3, "the 404s are audited");
    }

    @Test
    @Order(3)
    void badWeights_aLearner_anOutsider_andACrossSitePut_areRefused_andNothingIsStored() throws Exception {
        HttpResponse<String> ninety = ApiClient.as(TEACHER).putJson(weights(), body(10, 30, 10, 40, 5));
        HttpResponse<String> ninetyEn = ApiClient.as(TEACHER).inLanguage("en").putJson(weights(),
                body(10, 30, 10, 40, 5));
        HttpResponse<String> negative = ApiClient.as(TEACHER).putJson(weights(), body(-10, 40, 30, 40, 5));
        HttpResponse<String> garbled = ApiClient.as(TEACHER).putJson(weights(), "{\"progress\":");
        HttpResponse<String> learner = ApiClient.as(ANNA).putJson(weights(), body(0, 0, 100, 0, 1));
        HttpResponse<String> outsider = ApiClient.as(OUTSIDER).putJson(weights(), body(0, 0, 100, 0, 1));
        CrossSiteApi victim = CrossSiteApi.victim(TEACHER);
        victim.assertLive();
        HttpResponse<String> crossSite = victim.send("PUT", weights(), body(0, 0, 100, 0, 1));

        assertEquals(400, ninety.statusCode(), ninety.body());
        assertEquals("四项权重合计须为 100，当前合计为 90。", ApiClient.json(ninety.body(), "message"));
        assertEquals("The four weights must add up to 100; they add up to 90.",
                ApiClient.json(ninetyEn.body(), "message"));
        assertEquals(400, negative.statusCode(), negative.body());
        assertEquals("每项权重须为 0 到 100 的整数。", ApiClient.json(negative.body(), "message"));
        assertEquals(400, garbled.statusCode(), garbled.body());
        assertTrue(ApiClient.json(garbled.body(), "message").codePoints().anyMatch(c -> c > 0x4e00), garbled.body());
        assertEquals(403, learner.statusCode(), learner.body());
        assertEquals(404, outsider.statusCode(), outsider.body());
        CrossSiteApi.assertRefused(crossSite);
        assertEquals(0, TestDatabase.queryLong("select count(*) from grade_weights where offering_id = ?", offering));
        assertEquals(1, denials(ANNA, "GRADEBOOK_WEIGHTS"));
        assertEquals(1, denials(OUTSIDER, "GRADEBOOK_WEIGHTS"));
    }

    @Test
    @Order(4)
    void theTeachersWeightsChangeTheTotals_andAStaleVersionIsRefused() throws Exception {
        HttpResponse<String> saved = ApiClient.as(TEACHER).putJson(weights(), body(10, 40, 10, 40, 2)
                .replace("}", ",\"version\":0}"));
        assertEquals("1", ApiClient.json(saved.body(), "version"), saved.body());
        assertEquals(200, saved.statusCode(), saved.body());
        assertEquals("10/40/10/40/2", TestDatabase.queryString("select progress_weight || '/' || homework_weight"
                + " || '/' || discussion_weight || '/' || exam_weight || '/' || discussion_target from grade_weights"
                + " where offering_id = ?", offering));
        HttpResponse<String> stale = ApiClient.as(TEACHER).putJson(weights(), body(25, 25, 25, 25, 2)
                .replace("}", ",\"version\":0}"));
        assertEquals(409, stale.statusCode(), stale.body());

        JsonArray rows = object(ApiClient.as(TEACHER).get(grades()), 200).getJsonArray("rows");
        assertRow(row(rows, anna), "安娜" + SUFFIX, 50.0, 80.0, 100.0, 90.0, 83.0);
        assertRow(row(rows, ben), "本" + SUFFIX, 0.0, 60.0, 0.0, null, 40.0);
        assertRow(object(ApiClient.as(BEN).get(grades() + "/me"), 200), "本" + SUFFIX, 0.0, 60.0, 0.0, null, 40.0);
    }

    @Test
    @Order(5)
    void theExcelExportHoldsTheNamesAndTotals_underAHeaderInTheCallersLanguage() throws Exception {
        HttpResponse<byte[]> zh = ApiClient.as(TEACHER).getBytes(grades() + ".xlsx");
        HttpResponse<byte[]> en = ApiClient.as(TEACHER).inLanguage("en").getBytes(grades() + ".xlsx");

        assertEquals(200, zh.statusCode());
        assertTrue(zh.headers().firstValue("Content-Disposition").orElse("").startsWith("attachment"));
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(zh.body()))) {
            Sheet sheet = book.getSheetAt(0);
            assertEquals("姓名", sheet.getRow(0).getCell(1).getStringCellValue());
            assertEquals("总评", sheet.getRow(0).getCell(6).getStringCellValue());
            assertEquals(83.0, total(sheet, "安娜" + SUFFIX), 0.0001);
            assertEquals(40.0, total(sheet, "本" + SUFFIX), 0.0001);
        }
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(en.body()))) {
            assertEquals("Total", book.getSheetAt(0).getRow(0).getCell(6).getStringCellValue());
        }
        assertEquals(2, TestDatabase.queryLong("select count(*) from audit_record where actor = ? and action ="
                + " 'GRADEBOOK_EXPORT' and outcome = 'SUCCESS'", TEACHER));
    }

    private static double total(Sheet sheet, String name) {
        for (Row r : sheet) {
            if (r.getRowNum() > 0 && r.getCell(1) != null && name.equals(r.getCell(1).getStringCellValue())) {
                return r.getCell(6).getNumericCellValue();
            }
        }
        throw new AssertionError("no row for " + name);
    }

    private static void assertRow(JsonObject row, String name, Double progress, Double homework, Double discussion,
            Double exam, Double total) {
        assertEquals(name, row.getString("name"), row.toString());
        assertEquals(progress, number(row, "progress"), row.toString());
        assertEquals(homework, number(row, "homework"), row.toString());
        assertEquals(discussion, number(row, "discussion"), row.toString());
        assertEquals(exam, number(row, "exam"), row.toString());
        assertEquals(total, number(row, "total"), row.toString());
    }

    private static Double number(JsonObject row, String name) {
        return !row.containsKey(name) || row.isNull(name) ? null : row.getJsonNumber(name).doubleValue();
    }

    private static JsonObject row(JsonArray rows, long learner) {
        return rows.stream().map(v -> v.asJsonObject())
                .filter(r -> r.getJsonNumber("learnerId").longValue() == learner).findFirst()
                .orElseThrow(() -> new AssertionError("no row for " + learner + " in " + rows));
    }

    private static JsonObject object(HttpResponse<String> response, int status) {
        assertEquals(status, response.statusCode(), response.body());
        try (JsonReader reader = Json.createReader(new StringReader(response.body()))) {
            return reader.readObject();
        }
    }

    private static String body(int progress, int homework, int discussion, int exam, int target) {
        return "{\"progress\":" + progress + ",\"homework\":" + homework + ",\"discussion\":" + discussion
                + ",\"exam\":" + exam + ",\"discussionTarget\":" + target + "}";
    }

    private static String grades() {
        return "/api/v1/classes/" + classA + "/grades";
    }

    private static String weights() {
        return "/api/v1/offerings/" + offering + "/grade-weights";
    }

    private static long denials(String actor, String action) throws SQLException {
        return TestDatabase.queryLong("select count(*) from audit_record where actor = ? and action = ?"
                + " and outcome = 'DENIED'", actor, action);
    }
}
