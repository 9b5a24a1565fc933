package org.ziyuanku.it.course;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.SQLException;
import java.time.Duration;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.ziyuanku.it.Deployments;
import org.ziyuanku.it.pages.ClassStatisticsPage;
import org.ziyuanku.it.pages.ConsoleHomePage;
import org.ziyuanku.it.pages.CourseEditorPages;
import org.ziyuanku.it.pages.LearnerPages;
import org.ziyuanku.it.pages.OfferingPages;
import org.ziyuanku.it.pages.ReviewQueuePage;
import org.ziyuanku.it.pages.ReviewTaskPage;
import org.ziyuanku.it.support.ApiClient;
import org.ziyuanku.it.support.BrowserTest;
import org.ziyuanku.it.support.TestAccounts;
import org.ziyuanku.it.support.TestDatabase;
import org.ziyuanku.it.support.TestKeycloak;
import org.ziyuanku.it.support.TestResources;
import org.ziyuanku.it.support.TestReview;

/**
 * Issue 13's acceptance journey in a real browser (Chromium, Keycloak sign-in), through the pages each person uses:
 * the course-team lead makes a 积件, creates a course, builds its outline from published resources of two libraries
 * (picked with the resource picker) and the 积件, and submits it; the reviewers of the three levels approve (the
 * unit reviewer through the review API, the course-team level and the library administrator on their queue and task
 * pages; the lead cannot approve their own course's task at the course-team level, a second course-team lead of the
 * unit decides it); the
 * teacher offers the published course, publishes the offering and opens two classes; a learner joins class
 * 甲班 by its code, watches the other library's clip to its end and part of the welding clip, leaves, comes back and
 * "continue" opens that clip at the saved position; the teacher sees the learner's progress in the class statistics
 * and downloads the workbook with the learner's row.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CourseJourneyPageIT extends BrowserTest {

    private static final Logger LOG = Logger.getLogger(CourseJourneyPageIT.class.getName());
    private static final String BASE = Deployments.BASE_URL;
    private static final String SUFFIX = "cj" + System.currentTimeMillis() % 100_000;
    private static final String TOPIC = "— 主题一";
    private static CourseWorld world;
    private static String teacher;
    private static String learner;
    private static long weldingClip;
    private static long otherClip;
    private static long picture;
    private static Long offering;

    private final String clipA = "焊接演示" + SUFFIX;
    private final String clipB = "安全规范" + SUFFIX;
    private final String assembly = "焊缝积件" + SUFFIX;
    private final String offeringTitle = "焊接工艺 " + SUFFIX + " 秋季";

    @BeforeAll
    static void people() throws Exception {
        TestKeycloak.ensureRunning();
        world = CourseWorld.create(SUFFIX);
        long school = TestAccounts.organisation(TestResources.DEMO_SCHOOL);
        teacher = "cj-teacher-" + SUFFIX;
        TestKeycloak.createUser(teacher, "teacher");
        TestAccounts.account(teacher, school);
        learner = "cj-learner-" + SUFFIX;
        TestKeycloak.createUser(learner, "learner");
        TestAccounts.account(learner, school);
        weldingClip = clip(world.people.library, world.people.administrator, "焊接演示");
        otherClip = clip(world.otherLibrary, world.otherAdministrator, "安全规范");
        picture = world.publishedResource(world.people.library, world.people.administrator, "焊缝图");
        TestReview.levels(world.people.administrator, world.people.library, "UNIT_REVIEWER", "COURSE_TEAM_LEAD",
                "LIBRARY_ADMIN");
    }

    @AfterAll
    static void forget() throws Exception {
        if (offering != null) {
            for (String sql : new String[] {"delete from learning_statement where context_offering_id = ?",
                "delete from learning_attempt where offering_id = ?", "delete from enrolment where offering_id = ?",
                "delete from class_staff where class_id in (select id from course_class where offering_id = ?)",
                "delete from course_class where offering_id = ?", "delete from offering_incoming_change where"
                    + " offering_id = ?", "delete from offering_node where offering_id = ?",
                "delete from course_offering where id = ?"}) {
                quietly(sql, offering);
            }
        }
        for (String user : new String[] {teacher, learner}) {
            quietly("delete from progress_anomaly where learner_id in (select id from user_account where username"
                    + " = ?)", user);
            quietly("delete from notification where recipient_id in (select id from user_account where username"
                    + " = ?)", user);
            quietly("delete from user_account where username = ?", user);
        }
        TestReview.levels(world.people.administrator, world.people.library, "LIBRARY_ADMIN");
        world.forget();
    }

    @Test
    void leadBuilds_reviewersApprove_teacherOffers_learnerResumes_teacherSeesAndExportsProgress() throws Exception {
        long course = leadBuildsAndSubmits();
        reviewersApprove(course);
        long classA = teacherOffersWithTwoClasses(course);
        String code = TestDatabase.queryString("select class_code from course_class where id = ?", classA);
        learnerWatchesLeavesAndContinues(code);
        teacherSeesAndExportsProgress(classA);
    }

    private long leadBuildsAndSubmits() throws Exception {
        signInAfresh(world.people.courseLead);
        ConsoleHomePage.await(driver, BASE);
        CourseEditorPages editor = new CourseEditorPages(driver, BASE);
        String welding = libraryName(world.people.library);
        editor.createAssembly(welding, assembly, Long.toString(picture));
        assertTrue(editor.assemblies().contains(assembly) && editor.assemblies().contains("焊缝图" + SUFFIX),
                editor.messages() + " " + editor.assemblies());

        long course = editor.createCourse(welding, "CJ-" + SUFFIX, "焊接工艺 " + SUFFIX);
        editor.addNode(null, "模块一");
        editor.addNode("模块一", "主题一");
        editor.addPickedResource(TOPIC, clipA, clipA);
        editor.addPickedResource(TOPIC, clipB, clipB);
        editor.addAssembly(TOPIC, assembly, assembly);
        String outline = editor.outline();
        assertTrue(outline.contains(clipA) && outline.contains(clipB) && outline.contains(assembly), outline);
        assertEquals(2, TestDatabase.queryLong("select count(distinct r.library_id) from course_node n join"
                + " teaching_resource r on r.id = n.resource_id where n.course_id = ?", course),
                "resources of two libraries, by reference");

        String submitted = editor.submitForReview();
        assertTrue(submitted.contains("已提交审核"), submitted);
        assertEquals("IN_REVIEW", TestDatabase.queryString("select status from standard_course where id = ?", course));
        return course;
    }

    private void reviewersApprove(long course) throws Exception {
        approve(world.people.reviewer, course, "IN_REVIEW");
        long level2 = CourseWorld.courseTask(world.people.both, course);
        assertTrue(level2 > 0, "the second course-team lead of the unit is offered the course");
        String refused = ReviewTaskPage.open(driver, BASE, level2).approve("自己通过");
        LOG.info(() -> "the lead approving their own course: " + refused);
        assertTrue(refused == null || refused.contains("不能审核自己"), refused);
        assertEquals("IN_REVIEW", TestDatabase.queryString("select status from standard_course where id = ?", course));
        assertEquals(level2, CourseWorld.courseTask(world.people.both, course), "the lead decided nothing");

        for (String reviewer : new String[] {world.people.both, world.people.administrator}) {
            signInAfresh(reviewer);
            ConsoleHomePage.await(driver, BASE);
            ReviewQueuePage queue = ReviewQueuePage.open(driver, BASE);
            assertTrue(queue.lists(course), reviewer + " is offered the course");
            String decided = queue.decide(course, "APPROVE", "同意", null);
            LOG.info(() -> reviewer + " approved: " + decided);
        }
        assertEquals("PUBLISHED", TestDatabase.queryString("select status from standard_course where id = ?", course));
        driver.get(BASE + "/portal/course/view.xhtml?id=" + course);
        assertEquals("焊接工艺 " + SUFFIX, driver.findElement(By.id("courseName")).getText(), "published on the portal");
    }

    private long teacherOffersWithTwoClasses(long course) throws Exception {
        signInAfresh(teacher);
        ConsoleHomePage.await(driver, BASE);
        OfferingPages pages = new OfferingPages(driver, BASE);
        String offered = pages.offer(course, "2026-2027-1", "2026-09-01", "2027-01-20", offeringTitle);
        offering = TestDatabase.queryLong("select coalesce(max(o.id), -1) from course_offering o join user_account u"
                + " on u.id = o.owner_id where u.username = ?", teacher);
        assertTrue(offering > 0, "no offering after 'offer': " + offered);
        pages.openOffering(offeringTitle);
        pages.publish();
        assertEquals("已发布", pages.status(), pages.messages());
        pages.createClass("甲班" + SUFFIX);
        pages.createClass("乙班" + SUFFIX);
        assertEquals(2, pages.classes().size(), pages.messages() + " " + pages.classes());
        long classA = pages.classId("甲班" + SUFFIX);
        assertEquals(TestDatabase.queryString("select class_code from course_class where id = ?", classA),
                pages.classCode("甲班" + SUFFIX), "the page shows the class code the learners type");
        return classA;
    }

    private void learnerWatchesLeavesAndContinues(String code) throws Exception {
        signInAfresh(learner);
        ConsoleHomePage.await(driver, BASE);
        LearnerPages pages = new LearnerPages(driver, BASE);
        String mine = pages.joinByCode(code);
        assertTrue(mine.contains(offeringTitle), mine);
        pages.openCourse(offeringTitle);
        assertEquals("开始学习", pages.continueText());
        pages.openItem(clipB);
        awaitAttempt(node(clipB));
        pages.play();
        pages.awaitEnded();
        awaitDatabase("select count(*) from item_progress p join enrolment e on e.id = p.enrolment_id join"
                + " user_account u on u.id = e.learner_id where u.username = ? and p.offering_node_id = ? and"
                + " p.status = 'COMPLETED'", learner, node(clipB));
        pages.openCourse(offeringTitle);
        pages.openItem(clipA);
        long nodeA = node(clipA);
        awaitAttempt(nodeA);
        pages.play();
        double paused = pages.playUntilAndPause(1.5);
        awaitDatabase("select count(*) from learning_resume r join enrolment e on e.id = r.enrolment_id join"
                + " user_account u on u.id = e.learner_id where u.username = ? and r.offering_node_id = ? and"
                + " r.position_ms >= 1000", learner, nodeA);
        awaitDatabase("select count(*) from item_progress p join enrolment e on e.id = p.enrolment_id join"
                + " user_account u on u.id = e.learner_id where u.username = ? and p.offering_node_id = ? and"
                + " p.covered_s > 0", learner, nodeA);
        pages.leave();
        pages.openCourse(offeringTitle);
        assertEquals("继续学习", pages.continueText());
        pages.pressContinue();
        assertEquals(clipA, pages.itemTitle(), "continue opens the item last watched");
        assertTrue(driver.getCurrentUrl().contains("item=" + nodeA), driver.getCurrentUrl());
        long saved = resumeMs(nodeA);
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> pages.currentTime() > 0.5);
        double at = pages.currentTime();
        assertTrue(Math.abs(at * 1000 - saved) < 600, "resumed at " + at + " s, saved " + saved + " ms");
        assertTrue(Math.abs(at - paused) < 1.0, "resumed at " + at + " s, paused at " + paused + " s");
    }

    private void teacherSeesAndExportsProgress(long classA) throws Exception {
        signInAfresh(teacher);
        ConsoleHomePage.await(driver, BASE);
        driver.get(BASE + "/console/learning/statistics.xhtml?classId=" + classA);
        ClassStatisticsPage page = ClassStatisticsPage.await(driver);
        assertTrue(page.heading().contains("甲班" + SUFFIX), page.heading());
        assertEquals("1", page.learnerCount());
        assertEquals(java.util.List.of(learner), page.column("zyk-name"));
        String progress = page.column("zyk-progress-cell").get(0);
        assertTrue(progress.endsWith(" %") && !progress.equals("0 %"), progress);

        HttpResponse<byte[]> export = download(page.exportHref());
        assertEquals(200, export.statusCode());
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(export.body()))) {
            Sheet sheet = book.getSheetAt(0);
            int column = columnTitled(sheet.getRow(0), "进度");
            Row row = rowOf(sheet, learner);
            assertEquals(progress, (int) row.getCell(column).getNumericCellValue() + " %",
                    "the workbook has the page's figure");
            assertNotEquals(0, (int) row.getCell(column).getNumericCellValue());
        }
    }

    private static void approve(String reviewer, long course, String expected) {
        long task = CourseWorld.courseTask(reviewer, course);
        assertTrue(task > 0, "no task about course " + course + " in the queue of " + reviewer);
        HttpResponse<String> approved = TestReview.decide(reviewer, task, "APPROVE", "同意", "{}");
        assertEquals(200, approved.statusCode(), approved.body());
        assertEquals(expected, ApiClient.json(approved.body(), "status"), approved.body());
    }

    /** The 3-second sample clip uploaded by the author into the library and published there; its id. */
    private static long clip(long library, String administrator, String title) {
        HttpResponse<String> created = ApiClient.as(world.people.author).upload("/api/v1/libraries/" + library
                + "/resources", "clip-" + SUFFIX + ".mp4", TestResources.sample("sample.mp4"),
                ApiClient.fields("title", title + SUFFIX, "courseName", "焊接工艺"));
        assertEquals(201, created.statusCode(), created.body());
        long id = Long.parseLong(ApiClient.json(created.body(), "id"));
        TestReview.publish(world.people.author, administrator, library, id);
        return id;
    }

    private static String libraryName(long library) throws SQLException {
        return TestDatabase.queryString("select name from resource_library where id = ?", library);
    }

    private long node(String title) throws SQLException {
        return TestDatabase.queryLong("select id from offering_node where offering_id = ? and title = ?", offering,
                title);
    }

    private long resumeMs(long node) throws SQLException {
        return TestDatabase.queryLong("select r.position_ms from learning_resume r join enrolment e on e.id ="
                + " r.enrolment_id join user_account u on u.id = e.learner_id where u.username = ? and"
                + " r.offering_node_id = ?", learner, node);
    }

    /** Waits until the item page's script has started an attempt at the item (before the learner presses play). */
    private void awaitAttempt(long node) {
        awaitDatabase("select count(*) from learning_attempt a join user_account u on u.id = a.learner_id where"
                + " u.username = ? and a.offering_node_id = ? and a.status = 'OPEN'", learner, node);
    }

    /** Waits (up to 20 s) until the count query answers at least one: what the page's script sent has been credited. */
    private void awaitDatabase(String countSql, Object... params) {
        new WebDriverWait(driver, Duration.ofSeconds(20)).withMessage(() -> countSql + " " + java.util.Arrays
                .toString(params)).until(d -> {
                    try {
                        return TestDatabase.queryLong(countSql, params) > 0;
                    } catch (SQLException e) {
                        throw new IllegalStateException(e);
                    }
                });
    }

    private static int columnTitled(Row header, String title) {
        for (Cell cell : header) {
            if (cell.getCellType() == CellType.STRING && cell.getStringCellValue().contains(title)) {
                return cell.getColumnIndex();
            }
        }
        throw new AssertionError("no column " + title + " in the workbook's header");
    }

    private static Row rowOf(Sheet sheet, String name) {
        for (Row row : sheet) {
            for (Cell cell : row) {
                if (cell.getCellType() == CellType.STRING && name.equals(cell.getStringCellValue())) {
                    return row;
                }
            }
        }
        throw new AssertionError("no row of " + name + " in the workbook");
    }

    private HttpResponse<byte[]> download(String url) throws Exception {
        String cookies = driver.manage().getCookies().stream().map(c -> c.getName() + "=" + c.getValue())
                .collect(Collectors.joining("; "));
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url)).header("Cookie", cookies)
                .header("Accept-Language", "zh-CN").GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static void quietly(String sql, Object param) {
        try {
            TestDatabase.update(sql, param);
        } catch (SQLException e) {
            LOG.log(Level.WARNING, "clean-up failed: " + sql, e);
        }
    }
}
