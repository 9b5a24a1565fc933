package org.ziyuanku.it.exam;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
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
import org.openqa.selenium.support.ui.WebDriverWait;
import org.ziyuanku.it.Deployments;
import org.ziyuanku.it.pages.ExamPages;
import org.ziyuanku.it.support.ApiClient;
import org.ziyuanku.it.support.BrowserTest;
import org.ziyuanku.it.support.CourseFixtures;
import org.ziyuanku.it.support.TestAccounts;
import org.ziyuanku.it.support.TestDatabase;
import org.ziyuanku.it.support.TestKeycloak;
import org.ziyuanku.it.support.TestResources;

/**
 * The exam pages (issue 15 items 5, 6): a teacher who owns an offering and teaches its class opens 考试 from the
 * offering, creates an exam on a FIXED paper (a single choice with a TeX formula, a fill-in, a short answer: 2 + 2 + 4
 * points) for the class in the page (a window that ends before it starts is refused with the Chinese message, nothing
 * stored) and publishes it: the learner's paper is drawn in the database. The learner opens it from the course page,
 * starts it (a Faces POST that redirects to the attempt), sees the formula drawn by KaTeX and the time counting down,
 * answers the single choice and the short answer — each marked saved, stored in exam_answer by the page's autosave —,
 * reloads and finds both answers back, is asked before submitting with the unanswered fill-in named, submits (2 points
 * so far). The teacher grades the short answer from the queue ("三分" and 5 of 4 points are refused with messages,
 * then 3 points and a comment); the results table shows the attempt graded with 5 of 8, the statistics below it the
 * mean and median 5 with the Excel link, and 结束考试 closes the exam; the learner's list of exams
 * shows 得分：5 / 8 and the attempt page the comment. A classmate opening the learner's attempt page and the learner
 * opening the teacher's page get the 404 page.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ExamPagesIT extends BrowserTest {

    private static final String SUFFIX = "ep" + System.currentTimeMillis() % 100_000;
    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final String TEACHER = "exam-page-t-" + SUFFIX;
    private static final String LEARNER = "exam-page-l-" + SUFFIX;
    private static final String CLASSMATE = "exam-page-c-" + SUFFIX;
    private static final String ESSAY_TEXT = "焊前预热可以减少冷裂纹" + SUFFIX;
    private static long offering;
    private static long courseClass;
    private static long paper;
    private static long single;
    private static long fill;
    private static long essay;

    @BeforeAll
    static void offeringClassAndPaper() throws Exception {
        long library = TestResources.contributor(TEACHER);
        long teacherId = TestDatabase.queryLong("select id from user_account where username = ?", TEACHER);
        long course = CourseFixtures.publishedCourse(library, teacherId, "EP" + SUFFIX);
        offering = CourseFixtures.publishedOffering(course, teacherId, "2026-2027-1");
        courseClass = CourseFixtures.courseClass(offering, "考试页班" + SUFFIX, teacherId);
        TestKeycloak.createUser(LEARNER, "learner");
        long learnerId = TestAccounts.account(LEARNER, TestAccounts.organisation(TestResources.DEMO_SCHOOL));
        CourseFixtures.enrol(offering, courseClass, learnerId);
        TestKeycloak.createUser(CLASSMATE, "learner");
        CourseFixtures.enrol(offering, courseClass, TestAccounts.account(CLASSMATE, TestAccounts.organisation(
                TestResources.DEMO_SCHOOL)));
        ApiClient author = ApiClient.as(TEACHER);
        single = question(author, library, "\"type\":\"SINGLE_CHOICE\",\"stem\":\"热输入 \\\\(q = \\\\frac{U I}{v}\\\\)"
                + " 中 v 是" + SUFFIX + "\",\"options\":[\"电流\",\"焊接速度\",\"电压\"],\"key\":{\"correct\":[1]},"
                + "\"points\":2");
        fill = question(author, library, "\"type\":\"FILL_BLANK\",\"stem\":\"焊条由 ____ 和药皮组成" + SUFFIX + "\","
                + "\"key\":{\"blanks\":[[\"焊芯\"]]},\"points\":2");
        essay = question(author, library, "\"type\":\"SHORT_ANSWER\",\"stem\":\"简述预热的作用" + SUFFIX + "\","
                + "\"key\":{\"reference\":\"减少冷裂纹\"},\"points\":4");
        HttpResponse<String> created = author.postJson("/api/v1/papers", "{\"libraryId\":" + library + ",\"title\":"
                + "\"页面卷" + SUFFIX + "\",\"kind\":\"FIXED\",\"questions\":[{\"questionId\":" + single + "},"
                + "{\"questionId\":" + fill + "},{\"questionId\":" + essay + "}]}");
        assertEquals(201, created.statusCode(), created.body());
        paper = Long.parseLong(ApiClient.json(created.body(), "id"));
    }

    @AfterAll
    static void forget() throws Exception {
        TestDatabase.update("delete from exam where offering_id = ?", offering);
    }

    @Test
    void teacherSetsAndGradesAnExam_learnerTakesItReloadsMidwayFindsEveryAnswerAndSeesTheScore() throws Exception {
        String title = "期末考试" + SUFFIX;
        long exam = teacherCreatesAndPublishes(title);
        long attempt = learnerAnswersReloadsAndSubmits(exam, title);

        signInAfresh(TEACHER);
        ExamPages teacher = new ExamPages(driver, Deployments.BASE_URL).openTeacherExams(offering);
        teacher.show(title);
        assertTrue(teacher.gradingItems().stream().anyMatch(i -> i.contains(ESSAY_TEXT) && i.contains("减少冷裂纹")),
                "the essay answer with the reference waits in the queue: " + teacher.gradingItems());
        String notANumber = teacher.gradeFirst("三分", "");
        assertTrue(notANumber.contains("分数须为数字"), notANumber);
        String tooMuch = teacher.gradeFirst("5", "");
        assertTrue(tooMuch.contains("分数须在 0 至 4"), tooMuch);
        assertEquals("SUBMITTED", TestDatabase.queryString("select status from exam_attempt where id = ?", attempt));
        String graded = teacher.gradeFirst("3", "论述清楚");
        assertTrue(graded.contains("已评分"), graded);
        assertEquals("GRADED", TestDatabase.queryString("select status from exam_attempt where id = ?", attempt));
        assertEquals(500, TestDatabase.queryLong("select (score * 100)::bigint from exam_attempt where id = ?",
                attempt), "2 (single choice) + 0 (fill-in left empty) + 3 (graded by hand)");
        assertTrue(teacher.results().contains("已评分") && teacher.results().contains("5 / 8"), teacher.results());
        assertTrue(teacher.statistics().contains("1 人已评分") && teacher.statistics().contains("平均分 5 · 中位数 5"),
                teacher.statistics());
        assertTrue(teacher.exportLink().endsWith("/api/v1/exams/" + exam + "/results.xlsx"), teacher.exportLink());
        String closed = teacher.close(title);
        assertTrue(closed.contains("考试已结束"), closed);
        assertEquals("CLOSED", teacher.status(title));

        signInAfresh(LEARNER);
        ExamPages learner = new ExamPages(driver, Deployments.BASE_URL);
        learner.openLearnerExams(offering);
        String score = learner.learnerExam(title).findElement(By.cssSelector(".zyk-exam-score")).getText();
        assertEquals("得分：5 / 8", score);
        driver.get(Deployments.BASE_URL + "/console/learning/exam.xhtml?attempt=" + attempt);
        assertTrue(driver.findElement(By.id("results")).getText().contains("论述清楚"), "the teacher's comment");
    }

    @Test
    void aClassmateFindsNoOtherLearnersAttempt_andALearnerFindsNoTeachersPage() throws Exception {
        ApiClient teaching = ApiClient.as(TEACHER);
        LocalDateTime now = LocalDateTime.now().withNano(0);
        HttpResponse<String> created = teaching.postJson("/api/v1/exams", "{\"paperId\":" + paper + ",\"offeringId\":"
                + offering + ",\"classId\":" + courseClass + ",\"title\":\"小测" + SUFFIX + "\",\"opensAt\":\""
                + now.minusMinutes(1) + "\",\"closesAt\":\"" + now.plusHours(1) + "\",\"durationMinutes\":30}");
        assertEquals(201, created.statusCode(), created.body());
        String exam = ApiClient.json(created.body(), "id");
        assertEquals(200, teaching.post("/api/v1/exams/" + exam + "/publish").statusCode());
        TestDatabase.update("update exam set opens_at = opens_at + interval '0.5 seconds', closes_at = closes_at"
                + " + interval '0.123456 seconds' where id = ?", Long.parseLong(exam));
        HttpResponse<String> started = ApiClient.as(LEARNER).post("/api/v1/exams/" + exam + "/attempts");
        assertEquals(200, started.statusCode(), started.body());
        String attempt = ApiClient.json(started.body(), "id");

        signInAfresh(CLASSMATE);
        driver.get(Deployments.BASE_URL + "/console/learning/exam.xhtml?attempt=" + attempt);
        assertFalse(driver.findElements(By.id("notFound")).isEmpty(), "another learner's attempt is not found");
        assertTrue(driver.findElements(By.id("questions")).isEmpty(), "and none of its questions is shown");

        signInAfresh(LEARNER);
        driver.get(Deployments.BASE_URL + "/console/teaching/exams.xhtml?offering=" + offering + "&exam=" + exam);
        assertFalse(driver.findElements(By.id("notFound")).isEmpty(), "a learner has no teacher's exam page");
        assertTrue(driver.findElements(By.id("createForm")).isEmpty());

        signInAfresh(TEACHER);
        String line = new ExamPages(driver, Deployments.BASE_URL).openTeacherExams(offering).line("小测" + SUFFIX);
        assertTrue(line.startsWith(MINUTES.format(now.minusMinutes(1)) + " 至 " + MINUTES.format(now.plusHours(1))
                + " · "), "the window to the minute, stored with fractions of a second: " + line);
    }

    private long teacherCreatesAndPublishes(String title) throws Exception {
        signInAfresh(TEACHER);
        ExamPages page = new ExamPages(driver, Deployments.BASE_URL).openTeacherExams(offering);
        LocalDateTime now = LocalDateTime.now();
        String backwards = page.create(title, paper, courseClass, MINUTES.format(now.plusHours(2)),
                MINUTES.format(now), 60);
        assertTrue(backwards.contains("结束时间须晚于开始时间"), backwards);
        assertEquals(0, TestDatabase.queryLong("select count(*) from exam where offering_id = ? and title = ?",
                offering, title), "a refused exam is not stored");
        String created = page.create(title, paper, courseClass, MINUTES.format(now.minusMinutes(1)),
                MINUTES.format(now.plusHours(2)), 60);
        assertTrue(created.contains("考试草稿已创建"), created);
        assertEquals("DRAFT", page.status(title));
        long exam = TestDatabase.queryLong("select id from exam where offering_id = ? and title = ?", offering, title);
        assertEquals(courseClass, TestDatabase.queryLong("select class_id from exam where id = ?", exam));
        String published = page.publish(title);
        assertTrue(published.contains("考试已发布"), published);
        assertEquals("PUBLISHED", page.status(title));
        long deadline = System.currentTimeMillis() + 30_000;
        while (prepared(exam) < 2 && System.currentTimeMillis() < deadline) {
            Thread.sleep(500);
        }
        assertEquals(2, prepared(exam), "the papers of the class's two learners are drawn when it is published");
        return exam;
    }

    private long learnerAnswersReloadsAndSubmits(long exam, String title) throws Exception {
        signInAfresh(LEARNER);
        ExamPages page = new ExamPages(driver, Deployments.BASE_URL);
        page.startFromCourse(offering, title);
        long attempt = TestDatabase.queryLong("select id from exam_attempt where exam_id = ?"
                + " and status = 'IN_PROGRESS'", exam);
        assertTrue(driver.getCurrentUrl().contains("exam.xhtml?attempt=" + attempt), driver.getCurrentUrl());
        String left = page.countdown();
        assertTrue(left.startsWith("0:5") || left.startsWith("1:00"), "about 60 minutes left: " + left);
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> !d.findElements(By.cssSelector(
                ".zyk-exam-question[data-q='" + single + "'] .katex")).isEmpty());

        page.choose(single, "焊接速度");
        page.awaitSaved(single);
        page.write(essay, ESSAY_TEXT);
        page.awaitSaved(essay);
        assertEquals(2, TestDatabase.queryLong("select count(*) from exam_answer where attempt_id = ?", attempt),
                "both answers are in the database");

        page.reload(single, essay);
        assertNotNull(page.checkedOption(single), "the choice is back after the reload");
        assertTrue(page.checkedOption(single).contains("焊接速度"), page.checkedOption(single));
        assertEquals(ESSAY_TEXT, page.written(essay), "the essay is back after the reload");
        assertEquals("", page.written(fill));

        String number = page.question(fill).getAttribute("data-number");
        String asked = page.askToSubmit();
        assertTrue(asked.contains("第 " + number + " 题尚未作答"), asked);
        String status = page.confirmSubmit();
        assertTrue(status.contains("已交卷"), status);
        assertEquals("SUBMITTED", TestDatabase.queryString("select status from exam_attempt where id = ?", attempt));
        assertEquals(200, TestDatabase.queryLong("select (score * 100)::bigint from exam_attempt where id = ?",
                attempt), "the single choice is graded at once");
        assertFalse(driver.findElements(By.id("results")).isEmpty(), "the result is shown after submitting");
        return attempt;
    }

    private static long prepared(long exam) throws Exception {
        return TestDatabase.queryLong("select count(*) from exam_attempt where exam_id = ? and status = 'PREPARED'",
                exam);
    }

    private static long question(ApiClient author, long library, String json) {
        HttpResponse<String> created = author.postJson("/api/v1/questions", "{\"libraryId\":" + library + "," + json
                + "}");
        assertEquals(201, created.statusCode(), created.body());
        return Long.parseLong(ApiClient.json(created.body(), "id"));
    }
}
