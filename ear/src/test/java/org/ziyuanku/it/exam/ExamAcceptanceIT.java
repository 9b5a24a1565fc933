package org.ziyuanku.it.exam;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.ziyuanku.it.Deployments;
import org.ziyuanku.it.pages.ExamPages;
import org.ziyuanku.it.pages.PaperPages;
import org.ziyuanku.it.pages.QuestionImportPage;
import org.ziyuanku.it.support.BrowserTest;
import org.ziyuanku.it.support.CourseFixtures;
import org.ziyuanku.it.support.TestAccounts;
import org.ziyuanku.it.support.TestDatabase;
import org.ziyuanku.it.support.TestKeycloak;
import org.ziyuanku.it.support.TestResources;

/**
 * Issue 15's browser acceptance, end to end in one teacher's and one learner's browser: the teacher imports the Excel
 * template's file, the Word file and the Moodle XML file with pictures into the welding library's bank; builds a
 * random paper whose rules draw the Excel formula question (焊接电工基础), the Moodle picture question (射线检测) and
 * the Moodle essay (焊接冶金); sets and publishes an exam of it for the class. The learner starts it from the course
 * page, sees the formula drawn by KaTeX and the picture loaded, answers all three, reloads and finds every answer,
 * submits (4 points at once). The teacher grades the essay (4 of 6); the learner's list shows the score 8 and
 * their gradebook (我的成绩) the exam at 80 %.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ExamAcceptanceIT extends BrowserTest {

    private static final String SUFFIX = "ea" + System.currentTimeMillis() % 100_000;
    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final String TEACHER = "exam-acc-t-" + SUFFIX;
    private static final String LEARNER = "exam-acc-l-" + SUFFIX;
    private static final String ESSAY = "热影响区的组织粗化会降低韧性" + SUFFIX;
    private static long library;
    private static long teacherId;
    private static long offering;
    private static long courseClass;

    @BeforeAll
    static void teacherOfferingAndLearner() throws Exception {
        library = TestResources.contributor(TEACHER);
        teacherId = TestDatabase.queryLong("select id from user_account where username = ?", TEACHER);
        long course = CourseFixtures.publishedCourse(library, teacherId, "EA" + SUFFIX);
        offering = CourseFixtures.publishedOffering(course, teacherId, "2026-2027-1");
        courseClass = CourseFixtures.courseClass(offering, "验收班" + SUFFIX, teacherId);
        TestKeycloak.createUser(LEARNER, "learner");
        CourseFixtures.enrol(offering, courseClass, TestAccounts.account(LEARNER, TestAccounts.organisation(
                TestResources.DEMO_SCHOOL)));
    }

    @AfterAll
    static void forget() throws Exception {
        TestDatabase.update("delete from exam where offering_id = ?", offering);
        TestDatabase.update("delete from exam_paper where author_id = ?", teacherId);
        TestDatabase.update(QuestionRows.DELETE_BY_AUTHOR, TEACHER);
    }

    @Test
    void teacherImportsBuildsARandomPaperAndGrades_learnerTakesTheExamReloadsAndSeesTheScore() throws Exception {
        signInAfresh(TEACHER);
        for (String file : new String[] {"welding-questions.xlsx", "welding-questions.docx",
                "welding-questions.moodle.xml"}) {
            QuestionImportPage page = QuestionImportPage.open(driver, Deployments.BASE_URL).library(library)
                    .importFile(Path.of("src/test/resources/exam", file), false);
            assertTrue(page.summary().startsWith("已导入"), file + ": " + page.summary() + page.errors());
        }
        long formula = question("%欧姆定律%");
        long picture = question("%黑色圆形缺陷%");
        long essay = question("%热影响区%");
        assertEquals("SHORT_ANSWER", TestDatabase.queryString("select type from question where id = ?", essay));

        long paper = randomPaper("验收随机卷" + SUFFIX);
        String title = "验收考试" + SUFFIX;
        long exam = createAndPublish(title, paper);
        long attempt = learnerTakesIt(exam, title, formula, picture, essay);

        signInAfresh(TEACHER);
        ExamPages teacher = new ExamPages(driver, Deployments.BASE_URL).openTeacherExams(offering);
        teacher.show(title);
        assertTrue(teacher.gradingItems().stream().anyMatch(i -> i.contains(ESSAY)), teacher.gradingItems().toString());
        assertTrue(teacher.gradeFirst("4", "要点齐全").contains("已评分"));
        assertEquals(800, TestDatabase.queryLong("select (score * 100)::bigint from exam_attempt where id = ?",
                attempt), "2 (formula) + 2 (picture) + 4 of 6 (essay)");

        signInAfresh(LEARNER);
        ExamPages learner = new ExamPages(driver, Deployments.BASE_URL);
        learner.openLearnerExams(offering);
        String score = learner.learnerExam(title).findElement(By.cssSelector(".zyk-exam-score")).getText();
        assertTrue(score.startsWith("得分：8 / "), score);

        driver.get(Deployments.BASE_URL + "/console/learning/course.xhtml?offering=" + offering);
        driver.findElement(By.id("gradesLink")).click();
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> !d.findElements(By.id("rowExam")).isEmpty());
        String examRow = driver.findElement(By.id("rowExam")).getText();
        assertTrue(examRow.contains("80"), "the gradebook counts the exam as 8 of 10 points: " + examRow);
    }

    /** A random paper of three rules, each drawing every question of its type and knowledge point the bank holds. */
    private long randomPaper(String title) throws Exception {
        PaperPages page = PaperPages.open(driver, Deployments.BASE_URL).library(library);
        page.randomTitle(title).rule(0, "SINGLE_CHOICE", "焊接电工基础", count("SINGLE_CHOICE", "焊接电工基础"), "2")
                .addRule();
        page.randomTitle(title).rule(1, "SINGLE_CHOICE", "射线检测", count("SINGLE_CHOICE", "射线检测"), "2").addRule();
        String created = page.randomTitle(title).rule(2, "SHORT_ANSWER", "焊接冶金", count("SHORT_ANSWER", "焊接冶金"),
                "6").createRandom();
        assertTrue(created.contains(title), created);
        return TestDatabase.queryLong("select id from exam_paper where title = ?", title);
    }

    private long createAndPublish(String title, long paper) throws Exception {
        ExamPages page = new ExamPages(driver, Deployments.BASE_URL).openTeacherExams(offering);
        LocalDateTime now = LocalDateTime.now();
        String created = page.create(title, paper, courseClass, MINUTES.format(now.minusMinutes(1)),
                MINUTES.format(now.plusHours(2)), 45);
        assertTrue(created.contains("考试草稿已创建"), created);
        assertTrue(page.publish(title).contains("考试已发布"));
        long exam = TestDatabase.queryLong("select id from exam where offering_id = ? and title = ?", offering, title);
        long deadline = System.currentTimeMillis() + 30_000;
        while (TestDatabase.queryLong("select count(*) from exam_attempt where exam_id = ?", exam) < 1
                && System.currentTimeMillis() < deadline) {
            Thread.sleep(500);
        }
        return exam;
    }

    private long learnerTakesIt(long exam, String title, long formula, long picture, long essay) throws Exception {
        signInAfresh(LEARNER);
        ExamPages page = new ExamPages(driver, Deployments.BASE_URL);
        page.startFromCourse(offering, title);
        long attempt = TestDatabase.queryLong("select id from exam_attempt where exam_id = ?", exam);
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(20));
        wait.until(d -> !page.question(formula).findElements(By.cssSelector(".katex")).isEmpty());
        assertFalse(page.question(formula).getText().contains("\\("), "the formula is drawn, not shown as TeX");
        WebElement image = page.question(picture).findElement(By.tagName("img"));
        wait.until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                "return arguments[0].complete && arguments[0].naturalWidth > 0;", image)));

        page.choose(formula, "200 A");
        page.awaitSaved(formula);
        page.choose(picture, "气孔");
        page.awaitSaved(picture);
        page.write(essay, ESSAY);
        page.awaitSaved(essay);
        page.reload(formula, picture, essay);
        assertTrue(page.checkedOption(formula).contains("200 A"), page.checkedOption(formula));
        assertTrue(page.checkedOption(picture).contains("气孔"), page.checkedOption(picture));
        assertEquals(ESSAY, page.written(essay));

        page.askToSubmit();
        assertTrue(page.confirmSubmit().contains("已交卷"));
        assertEquals(400, TestDatabase.queryLong("select (score * 100)::bigint from exam_attempt where id = ?",
                attempt), "both choices are graded at once");
        return attempt;
    }

    private static long question(String stem) throws SQLException {
        return TestDatabase.queryLong("select id from question where library_id = ? and parent_id is null and stem like"
                + " ? and status <> 'ARCHIVED' order by id limit 1", library, stem);
    }

    private static int count(String type, String knowledgePoint) throws SQLException {
        return (int) TestDatabase.queryLong("select count(distinct q.id) from question q join question_knowledge_point"
                + " k on k.question_id = q.id where q.library_id = ? and q.parent_id is null and q.type = ?"
                + " and q.status <> 'ARCHIVED' and k.name = ?", library, type, knowledgePoint);
    }
}
