package org.ziyuanku.it.exam;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.ziyuanku.it.Deployments;
import org.ziyuanku.it.pages.ExamPages;
import org.ziyuanku.it.pages.Navigation;
import org.ziyuanku.it.pages.PrimeFacesInputs;
import org.ziyuanku.it.support.ApiClient;
import org.ziyuanku.it.support.BrowserTest;
import org.ziyuanku.it.support.CourseFixtures;
import org.ziyuanku.it.support.TestAccounts;
import org.ziyuanku.it.support.TestDatabase;
import org.ziyuanku.it.support.TestKeycloak;
import org.ziyuanku.it.support.TestResources;

/**
 * The peer-grading pages (互评, issue 15 item 6): on the teacher's exam page 6 peer reviewers are refused with the
 * Chinese message (nothing stored) and 2 accepted; the 3 learners submit (REST), the exam is closed and the teacher
 * presses 分发互评 (3 answers, 6 tasks). A learner opens 互评 from the exam list: two anonymous answers, a
 * {@code <b>} in an answer shown as text; a score above the points is refused with the message, 3 points and a comment
 * are saved (Faces POST); the stem's and an answer's TeX are drawn by KaTeX; before, the learner's exam list shows
 * 待评分, not a score. Once an answer has both peer scores, the teacher's queue counts 2 waiting and 1 互评已评 (the
 * scores and their mean). A learner of another class, and a malformed exam id, get the 404 page.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ExamPeerGradingPageIT extends BrowserTest {

    private static final String SUFFIX = "pp" + System.currentTimeMillis() % 100_000;
    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final String TEACHER = "peer-page-t-" + SUFFIX;
    private static final List<String> LEARNERS = List.of("peer-page-a-" + SUFFIX, "peer-page-b-" + SUFFIX,
            "peer-page-c-" + SUFFIX);
    private static final String OUTSIDER = "peer-page-o-" + SUFFIX;
    private static long offering;
    private static long courseClass;
    private static long paper;
    private static long essay;

    @BeforeAll
    static void offeringClassAndPaper() throws Exception {
        long library = TestResources.contributor(TEACHER);
        long teacherId = TestDatabase.queryLong("select id from user_account where username = ?", TEACHER);
        long course = CourseFixtures.publishedCourse(library, teacherId, "PP" + SUFFIX);
        offering = CourseFixtures.publishedOffering(course, teacherId, "2026-2027-1");
        courseClass = CourseFixtures.courseClass(offering, "互评页班" + SUFFIX, teacherId);
        long other = CourseFixtures.courseClass(offering, "别的班" + SUFFIX, teacherId);
        long school = TestAccounts.organisation(TestResources.DEMO_SCHOOL);
        for (String learner : LEARNERS) {
            TestKeycloak.createUser(learner, "learner");
            CourseFixtures.enrol(offering, courseClass, TestAccounts.account(learner, school));
        }
        TestKeycloak.createUser(OUTSIDER, "learner");
        CourseFixtures.enrol(offering, other, TestAccounts.account(OUTSIDER, school));
        ApiClient author = ApiClient.as(TEACHER);
        HttpResponse<String> q = author.postJson("/api/v1/questions", "{\"libraryId\":" + library + ",\"type\":"
                + "\"SHORT_ANSWER\",\"stem\":\"简述层间温度 \\\\(T_{i}\\\\) " + SUFFIX + "\",\"key\":{\"reference\":\"控制在范围内\"},"
                + "\"points\":4}");
        assertEquals(201, q.statusCode(), q.body());
        essay = Long.parseLong(ApiClient.json(q.body(), "id"));
        HttpResponse<String> p = author.postJson("/api/v1/papers", "{\"libraryId\":" + library + ",\"title\":\"互评页卷"
                + SUFFIX + "\",\"kind\":\"FIXED\",\"questions\":[{\"questionId\":" + essay + "}]}");
        assertEquals(201, p.statusCode(), p.body());
        paper = Long.parseLong(ApiClient.json(p.body(), "id"));
    }

    @AfterAll
    static void forget() throws Exception {
        TestDatabase.update("delete from exam where offering_id = ?", offering);
    }

    @Test
    void teacherSetsAndHandsOut_learnerGradesAnonymously_teacherSeesThePeerScore() throws Exception {
        String title = "互评页考试" + SUFFIX;
        long exam = teacherCreatesWithPeerGrading(title);
        long deadline = System.currentTimeMillis() + 30_000;
        while (TestDatabase.queryLong("select count(*) from exam_attempt where exam_id = ?", exam) < LEARNERS.size()
                && System.currentTimeMillis() < deadline) {
            Thread.sleep(500);
        }
        for (String learner : LEARNERS) {
            submit(exam, learner, learner.equals(LEARNERS.get(1)) ? "<b>粗</b>" + learner
                    : "答-" + learner + " \\\\(x^2\\\\)");
        }
        assertEquals(200, ApiClient.as(TEACHER).post("/api/v1/exams/" + exam + "/close").statusCode());
        TestDatabase.update("update exam set peer_auto_at = now() where id = ?", exam);
        signInAfresh(TEACHER);
        ExamPages teacher = new ExamPages(driver, Deployments.BASE_URL).openTeacherExams(offering);
        WebElement row = examRow(title);
        Navigation.clickAndWaitForNewPage(driver, row.findElement(By.cssSelector(".zyk-hand-out-peer")));
        assertTrue(teacher.messages().contains("互评已分发：3 名交卷学习者互评 3 份答案，共 6 项任务"), teacher.messages());

        learnerGrades(exam, title);

        teacherSeesWaitingAndPeerGraded(exam);

        signInAfresh(OUTSIDER);
        driver.get(Deployments.BASE_URL + "/console/learning/exam-peer.xhtml?exam=" + exam);
        assertFalse(driver.findElements(By.id("notFound")).isEmpty(), "a learner of another class: 404 page");
        assertTrue(driver.findElements(By.cssSelector(".zyk-peer-task")).isEmpty());
        driver.get(Deployments.BASE_URL + "/console/learning/exam-peer.xhtml?exam=x" + exam);
        assertFalse(driver.findElements(By.id("notFound")).isEmpty(), "a malformed exam id: 404 page");
    }

    /** A second peer score completes one answer: the queue counts 2 waiting and 1 互评已评 with the mean. */
    private void teacherSeesWaitingAndPeerGraded(long exam) throws Exception {
        long graded = TestDatabase.queryLong("select min(id) from exam_peer_task where exam_id = ? and score is not null",
                exam);
        long other = TestDatabase.queryLong("select p.id from exam_peer_task p join exam_peer_task g on g.attempt_id ="
                + " p.attempt_id and g.question_id = p.question_id and g.id = ? where p.id <> g.id", graded);
        String reviewer = TestDatabase.queryString("select u.username from exam_peer_task p join user_account u on"
                + " u.id = p.reviewer_id where p.id = ?", other);
        assertEquals(200, ApiClient.as(reviewer).postJson("/api/v1/peer-tasks/" + other, "{\"score\":2}").statusCode());
        signInAfresh(TEACHER);
        driver.get(Deployments.BASE_URL + "/console/teaching/exams.xhtml?offering=" + offering + "&exam=" + exam);
        WebElement counts = driver.findElement(By.id("gradingCounts"));
        assertEquals("2", counts.getAttribute("data-waiting"), counts.getText());
        assertEquals("1", counts.getAttribute("data-peer-graded"), counts.getText());
        assertTrue(counts.getText().contains("待评分 2 份 · 互评已评 1 份"), counts.getText());
        String peerGraded = driver.findElement(By.id("peerGraded")).getText();
        assertTrue(peerGraded.contains("（已评 2 / 2）") && peerGraded.contains("互评平均分：2.5"),
                peerGraded);
        assertTrue(driver.findElement(By.id("grading")).getText().contains("互评分数：（已评 0 / 2）"),
                "the other answers still wait");
    }

    private long teacherCreatesWithPeerGrading(String title) throws Exception {
        signInAfresh(TEACHER);
        ExamPages page = new ExamPages(driver, Deployments.BASE_URL).openTeacherExams(offering);
        LocalDateTime now = LocalDateTime.now();
        PrimeFacesInputs.type(driver, "createForm:peerReviewers", "6");
        String refused = page.create(title, paper, courseClass, MINUTES.format(now.minusMinutes(1)),
                MINUTES.format(now.plusHours(2)), 30);
        assertTrue(refused.contains("互评人数须为 0（不互评）至 5 人"), refused);
        assertEquals(0, TestDatabase.queryLong("select count(*) from exam where offering_id = ?", offering));
        PrimeFacesInputs.type(driver, "createForm:peerReviewers", "2");
        String created = page.create(title, paper, courseClass, MINUTES.format(now.minusMinutes(1)),
                MINUTES.format(now.plusHours(2)), 30);
        assertTrue(created.contains("考试草稿已创建"), created);
        long exam = TestDatabase.queryLong("select id from exam where offering_id = ? and title = ?", offering, title);
        assertEquals(2, TestDatabase.queryLong("select peer_reviewers from exam where id = ?", exam));
        assertTrue(page.publish(title).contains("考试已发布"));
        return exam;
    }

    /** The second learner's tasks: two answers, none theirs, markup shown as text; a bad score, then a good one. */
    private void learnerGrades(long exam, String title) throws Exception {
        String learner = LEARNERS.get(0);
        signInAfresh(learner);
        ExamPages exams = new ExamPages(driver, Deployments.BASE_URL);
        exams.openLearnerExams(offering);
        String waiting = exams.learnerExam(title).findElement(By.cssSelector(".zyk-exam-score")).getText();
        assertTrue(waiting.contains("待评分") && !waiting.contains("得分："), "no 0 / 4 while peers grade: " + waiting);
        WebElement link = exams.learnerExam(title).findElement(By.cssSelector(".zyk-exam-peer"));
        Navigation.clickAndWaitForNewPage(driver, link);
        List<WebElement> tasks = driver.findElements(By.cssSelector(".zyk-peer-task"));
        assertEquals(2, tasks.size());
        String shown = driver.findElement(By.id("peerTasks")).getText();
        assertFalse(shown.contains("答-" + learner), "not their own answer");
        assertTrue(shown.contains("<b>粗</b>"), "markup shown as text: " + shown);
        assertTrue(driver.findElements(By.cssSelector(".zyk-peer-answer b")).isEmpty(), "no markup rendered");
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> !d.findElements(By.cssSelector(
                ".zyk-question-stem .katex")).isEmpty());
        assertFalse(driver.findElements(By.cssSelector(".zyk-peer-answer .katex")).isEmpty(), "TeX in an answer");
        long task = Long.parseLong(tasks.get(0).getAttribute("data-task"));
        grade(tasks.get(0), "5", "");
        String refused = new ExamPages(driver, Deployments.BASE_URL).messages();
        assertTrue(refused.contains("分数须在 0 至 4 之间"), refused);
        WebElement again = driver.findElement(By.cssSelector(".zyk-peer-task[data-task='" + task + "']"));
        grade(again, "3", "条理清楚");
        assertTrue(new ExamPages(driver, Deployments.BASE_URL).messages().contains("互评已保存"));
        assertEquals(300, TestDatabase.queryLong("select (score * 100)::bigint from exam_peer_task where id = ?", task));
        assertEquals("条理清楚", TestDatabase.queryString("select comment from exam_peer_task where id = ?", task));
    }

    private void grade(WebElement task, String score, String comment) {
        WebElement scoreInput = task.findElement(By.cssSelector("input.zyk-peer-score"));
        scoreInput.clear();
        scoreInput.sendKeys(score);
        WebElement commentInput = task.findElement(By.cssSelector("textarea.zyk-peer-comment"));
        commentInput.clear();
        commentInput.sendKeys(comment);
        Navigation.clickAndWaitForNewPage(driver, task.findElement(By.cssSelector(".zyk-peer-save")));
    }

    private WebElement examRow(String title) {
        return driver.findElements(By.cssSelector("#exams .zyk-exam")).stream()
                .filter(e -> e.findElement(By.cssSelector(".zyk-exam-title")).getText().equals(title)).findFirst()
                .orElseThrow();
    }

    private static void submit(long exam, String learner, String text) throws Exception {
        ApiClient one = ApiClient.as(learner);
        long attempt = ExamEndpointIT.object(one.post("/api/v1/exams/" + exam + "/attempts"), 200)
                .getJsonNumber("id").longValue();
        HttpResponse<String> saved = ExamEndpointIT.save(one, attempt, essay, "{\"text\":\"" + text + "\"}", 1);
        assertEquals(200, saved.statusCode(), saved.body());
        assertEquals(200, one.post("/api/v1/attempts/" + attempt + "/submit").statusCode());
    }
}
