package org.ziyuanku.it.teaching;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.ziyuanku.it.Deployments;
import org.ziyuanku.it.pages.AssignmentPages;
import org.ziyuanku.it.pages.Navigation;
import org.ziyuanku.it.support.ApiClient;
import org.ziyuanku.it.support.BrowserTest;
import org.ziyuanku.it.support.CourseFixtures;
import org.ziyuanku.it.support.TestDatabase;
import org.ziyuanku.it.support.TestKeycloak;
import org.ziyuanku.it.support.TestResources;

/**
 * Homework with peer grading in Chromium: the teacher creates a peer-graded homework (N = 2, rubric 内容 6 + 表达 4)
 * on console/teaching/assignments.xhtml; one learner hands in through console/learning/assignments.xhtml (an
 * executable disguised as a PDF is refused with the upload check's message first), two through the API; after the
 * due time the teacher hands out the reviews on the homework's page, each learner sees two anonymous peer tasks (never
 * their own work, never a name) and grades them on the page; the teacher sees each submission's totals and median
 * and overrides one; a learner sees only their own grade. A manual grade saved over a grade another teacher saved
 * meanwhile shows the optimistic-locking message and keeps the other grade. The peer flow is issue 14's browser
 * acceptance: it starts with a notice posted on the notices page and ends in the gradebook (homework 80, 60 and 90 %
 * for the three learners, each with a total; it runs first, before the second test grades another homework),
 * where a learner sees only their own grades.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AssignmentPageIT extends BrowserTest {

    private static final String SUFFIX = Long.toString(System.currentTimeMillis() % 100_000);
    private static final String TEACHER = "asp-teacher-" + SUFFIX;
    private static final String[] LEARNERS = {"asp-l1-" + SUFFIX, "asp-l2-" + SUFFIX, "asp-l3-" + SUFFIX};
    private static final String[] WORKS = {"甲：坡口角度六十度", "乙：先点焊后满焊", "丙：层间清渣"};
    /** Every reviewer gives the same scores to a work, so its median is their total: 8, 6 and 10. */
    private static final Map<String, List<Integer>> SCORES = Map.of(WORKS[0], List.of(5, 3), WORKS[1], List.of(4, 2),
            WORKS[2], List.of(6, 4));
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final long[] IDS = new long[LEARNERS.length];
    private static long course;
    private static long offering;
    private static long classA;

    @BeforeAll
    static void anOfferingWithThreeLearners() throws Exception {
        TestKeycloak.ensureRunning();
        long school = TeachingWorld.schoolA();
        long teacher = TeachingWorld.person(TEACHER, "teacher", school);
        long library = TestResources.weldingLibraryWith(school);
        course = TeachingWorld.course(library, teacher, "ASP" + SUFFIX,
                TeachingWorld.publishedResources(TEACHER, library, "asp" + SUFFIX, 1));
        offering = TeachingWorld.offer(TEACHER, course, "焊接作业页 " + SUFFIX, "CODE", false);
        classA = TeachingWorld.createClass(TEACHER, offering, "一班");
        TeachingWorld.publish(TEACHER, offering);
        for (int i = 0; i < LEARNERS.length; i++) {
            IDS[i] = TeachingWorld.person(LEARNERS[i], "learner", school);
            CourseFixtures.enrol(offering, classA, IDS[i]);
        }
    }

    @AfterAll
    static void deleteWhatWasCreated() throws Exception {
        TestDatabase.update("delete from assignment where offering_id = ?", offering);
        TeachingWorld.forgetCourse(course);
        TeachingWorld.forget(TEACHER);
        TeachingWorld.forget(LEARNERS);
    }

    @Test
    @Order(1)
    void peerHomework_createdSubmittedReviewedOnThePages_teacherSeesMediansAndOverrides_learnerSeesOwnGrade()
            throws Exception {
        String title = "焊接工艺分析 " + SUFFIX;
        signInAfresh(TEACHER);
        teacherPostsANotice();
        AssignmentPages pages = new AssignmentPages(driver, Deployments.BASE_URL);
        pages.openTeacherList(offering);
        LocalDateTime now = LocalDateTime.now();
        String created = pages.createPeerHomework(title, now.minusDays(2).format(TIME), now.plusDays(1).format(TIME),
                10, 2, "内容:6\n表达:4");
        assertTrue(created.contains("作业已发布"), created);
        long hw = TestDatabase.queryLong("select id from assignment where offering_id = ? and title = ?", offering,
                title);
        assertEquals("PEER 2 PUBLISHED 2", TestDatabase.queryString("select grading || ' ' || peer_count || ' ' ||"
                + " status || ' ' || (select count(*) from assignment_criterion c where c.assignment_id = a.id)"
                + " from assignment a where id = ?", hw));

        learnerHandsInOnThePage(hw);
        HomeworkWorld.submitted(LEARNERS[1], hw, WORKS[1]);
        HomeworkWorld.submitted(LEARNERS[2], hw, WORKS[2]);
        HomeworkWorld.pastDue(hw);

        signInAfresh(TEACHER);
        pages = new AssignmentPages(driver, Deployments.BASE_URL);
        pages.openTeacherList(offering);
        pages.openFromList(hw);
        String assigned = pages.assignPeers();
        assertTrue(assigned.contains("互评任务已分配"), assigned);
        assertEquals(6, TestDatabase.queryLong("select count(*) from peer_review r join assignment_submission s on"
                + " s.id = r.submission_id where s.assignment_id = ?", hw));

        for (int i = 0; i < LEARNERS.length; i++) {
            reviewsTwoAnonymousWorksOnThePage(hw, i);
        }

        teacherSeesMediansAndOverridesOne(hw);

        learnerSeesOnlyTheirOwnGrade(hw);
        assertEquals(List.of("8.00", "6.00", "9.00"), finalScores(hw));
        theGradebookShowsTheHomework();
    }

    /** Issue 14's acceptance starts with a notice: posted on the notices page, stored for the class's offering. */
    private void teacherPostsANotice() {
        driver.get(Deployments.BASE_URL + "/console/teaching/notices.xhtml?offering=" + offering);
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> !d.findElements(By.id("postForm:post")).isEmpty());
        driver.findElement(By.id("postForm:noticeTitle")).sendKeys("互评作业说明 " + SUFFIX);
        driver.findElement(By.id("postForm:noticeBody")).sendKeys("截止后每人评两份。");
        Navigation.clickAndWaitForNewPage(driver, driver.findElement(By.id("postForm:post")));
        try {
            assertEquals(1, TestDatabase.queryLong("select count(*) from class_notice where offering_id = ? and title"
                    + " = ?", offering, "互评作业说明 " + SUFFIX));
        } catch (SQLException e) {
            throw new AssertionError(e);
        }
    }

    /** The teacher's gradebook shows each learner's homework (8, 6 and 9 of 10) and a total; a learner only theirs. */
    private void theGradebookShowsTheHomework() {
        signInAfresh(TEACHER);
        driver.get(Deployments.BASE_URL + "/console/teaching/gradebook.xhtml?classId=" + classA);
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> !d.findElements(By.id("gradebookHeading"))
                .isEmpty());
        assertEquals(List.of("60.0", "80.0", "90.0"), column("zyk-grade-homework").stream().sorted().toList());
        assertTrue(column("zyk-grade-total").stream().noneMatch(t -> t.isBlank() || t.equals("—")),
                column("zyk-grade-total").toString());

        signInAfresh(LEARNERS[1]);
        driver.get(Deployments.BASE_URL + "/console/learning/grades.xhtml?offering=" + offering);
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> !d.findElements(By.id("rowHomework")).isEmpty());
        assertTrue(driver.findElement(By.id("rowHomework")).getText().contains("60.0"));
        String page = driver.findElement(By.tagName("main")).getText();
        assertFalse(page.contains(LEARNERS[0]) || page.contains(LEARNERS[2]), "only their own grades: " + page);
    }

    private List<String> column(String cssClass) {
        return driver.findElements(By.cssSelector("td." + cssClass + " .zyk-cell")).stream()
                .map(e -> e.getText().strip()).toList();
    }

    private void learnerSeesOnlyTheirOwnGrade(long hw) {
        signInAfresh(LEARNERS[0]);
        AssignmentPages pages = new AssignmentPages(driver, Deployments.BASE_URL);
        pages.openLearnerList(offering);
        String own = pages.learnerRow(hw).getText();
        assertTrue(own.contains("已评分"), own);
        assertTrue(own.contains("成绩：8/10"), own);
        assertFalse(driver.getPageSource().contains(LEARNERS[1]) || driver.getPageSource().contains(LEARNERS[2]),
                "no other learner's name on the page");
        assertFalse(own.contains("9/10") || own.contains("6/10"), "only the learner's own grade: " + own);
    }

    @Test
    @Order(2)
    void aGradeOverAGradeSavedMeanwhile_showsTheLockingMessage_andKeepsTheOtherGrade() throws Exception {
        long hw = HomeworkWorld.published(TEACHER, offering, HomeworkWorld.manual(classA, "手工批改 " + SUFFIX,
                "ACCEPT_MARKED", 0, "TEXT"));
        long submission = HomeworkWorld.submitted(LEARNERS[0], hw, "我的报告");
        signInAfresh(TEACHER);
        AssignmentPages pages = new AssignmentPages(driver, Deployments.BASE_URL);
        pages.openSubmissions(hw);
        assertTrue(pages.submission(LEARNERS[0]).getText().contains("我的报告"));

        HttpResponse<String> other = ApiClient.as(TEACHER).postJson("/api/v1/submissions/" + submission + "/grade",
                "{\"score\":7,\"comment\":\"另一位老师的评语\",\"version\":" + HomeworkWorld.version(submission) + "}");
        assertEquals(200, other.statusCode(), other.body());
        String refused = pages.gradeRow(LEARNERS[0], "3", "我的评语", "zyk-grade");
        assertTrue(refused.contains("其他教师已批改该作业") && refused.contains("当前分数：7"), refused);
        assertEquals("7.00 另一位老师的评语", TestDatabase.queryString("select teacher_score || ' ' || teacher_comment"
                + " from assignment_submission where id = ?", submission));

        pages.openSubmissions(hw);
        String saved = pages.gradeRow(LEARNERS[0], "9", "复核后", "zyk-grade");
        assertTrue(saved.contains("成绩已保存"), saved);
        assertEquals("9.00 复核后", TestDatabase.queryString("select teacher_score || ' ' || teacher_comment"
                + " from assignment_submission where id = ?", submission));
    }

    /** The first learner: a disguised executable is refused with the upload check's message, then the text is in. */
    private void learnerHandsInOnThePage(long hw) throws Exception {
        signInAfresh(LEARNERS[0]);
        AssignmentPages pages = new AssignmentPages(driver, Deployments.BASE_URL);
        pages.openLearnerList(offering);
        assertTrue(pages.learnerRow(hw).getText().contains("未提交"), pages.learnerRow(hw).getText());
        Path disguised = Files.createTempFile("asp-", ".pdf");
        Files.write(disguised, elf());
        String refused = pages.submit(hw, WORKS[0], disguised);
        assertTrue(refused.contains("可执行程序"), refused);
        assertEquals(0, TestDatabase.queryLong("select count(*) from assignment_submission where assignment_id = ?",
                hw));
        String accepted = pages.submit(hw, WORKS[0], null);
        assertTrue(accepted.contains("作业已提交"), accepted);
        assertTrue(pages.learnerRow(hw).getText().contains("已提交"), pages.learnerRow(hw).getText());
        assertEquals(WORKS[0], TestDatabase.queryString("select text from assignment_submission where assignment_id"
                + " = ? and learner_id = ?", hw, IDS[0]));
        Files.delete(disguised);
    }

    /** The learner sees two tasks, neither their own work nor anyone's name, and grades both on the page. */
    private void reviewsTwoAnonymousWorksOnThePage(long hw, int learner) throws Exception {
        signInAfresh(LEARNERS[learner]);
        AssignmentPages pages = new AssignmentPages(driver, Deployments.BASE_URL);
        pages.openLearnerList(offering);
        List<WebElement> tasks = pages.peerTasks(hw);
        assertEquals(2, tasks.size(), pages.learnerRow(hw).getText());
        List<String> texts = new ArrayList<>();
        for (WebElement task : tasks) {
            String text = task.getText();
            for (String name : LEARNERS) {
                assertFalse(text.contains(name), "no name on a peer task: " + text);
            }
            texts.add(work(text));
        }
        assertFalse(texts.contains(WORKS[learner]), "never their own work: " + texts);
        for (int t = 0; t < 2; t++) {
            WebElement task = pages.peerTasks(hw).get(t);
            String saved = pages.review(task, SCORES.get(work(task.getText())), "条理清楚");
            assertTrue(saved.contains("互评已保存"), saved);
        }
        assertEquals(2, TestDatabase.queryLong("select count(*) from peer_review r join assignment_submission s on"
                + " s.id = r.submission_id where s.assignment_id = ? and r.reviewer_id = ? and r.done_at is not null",
                hw, IDS[learner]));
    }

    /** Medians 8, 6 and 10 on the teacher's page; the third overridden to 9. */
    private void teacherSeesMediansAndOverridesOne(long hw) throws Exception {
        signInAfresh(TEACHER);
        AssignmentPages pages = new AssignmentPages(driver, Deployments.BASE_URL);
        pages.openSubmissions(hw);
        String[] medians = {"8", "6", "10"};
        for (int i = 0; i < LEARNERS.length; i++) {
            String row = pages.submission(LEARNERS[i]).getText();
            assertTrue(row.contains("中位数 " + medians[i]), row);
            assertTrue(row.contains("最终成绩：" + medians[i] + "/10"), row);
        }
        String overridden = pages.gradeRow(LEARNERS[2], "9", "教师复核", "zyk-override");
        assertTrue(overridden.contains("最终成绩已覆盖"), overridden);
        String row = pages.submission(LEARNERS[2]).getText();
        assertTrue(row.contains("最终成绩：9/10") && row.contains("教师已覆盖"), row);
        assertEquals("true", TestDatabase.queryString("select overridden::text from assignment_submission where"
                + " assignment_id = ? and learner_id = ?", hw, IDS[2]));
    }

    private static List<String> finalScores(long hw) throws Exception {
        List<String> scores = new ArrayList<>();
        for (long id : IDS) {
            scores.add(TestDatabase.queryString("select final_score::text from assignment_submission where"
                    + " assignment_id = ? and learner_id = ?", hw, id));
        }
        return scores;
    }

    /** Which of the works the task's text shows. */
    private static String work(String text) {
        for (String w : WORKS) {
            if (text.contains(w)) {
                return w;
            }
        }
        return text;
    }

    /** A 64-byte ELF header (x86-64 executable) padded to 4 KB. */
    private static byte[] elf() {
        byte[] elf = new byte[4096];
        byte[] header = {0x7f, 'E', 'L', 'F', 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2, 0, 0x3e, 0, 1, 0, 0, 0};
        System.arraycopy(header, 0, elf, 0, header.length);
        Arrays.fill(elf, 64, elf.length, (byte) 0x90);
        return elf;
    }
}
