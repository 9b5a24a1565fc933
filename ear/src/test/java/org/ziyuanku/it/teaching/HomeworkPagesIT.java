package org.ziyuanku.it.teaching;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.List;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.ziyuanku.it.Deployments;
import org.ziyuanku.it.pages.AssignmentPages;
import org.ziyuanku.it.support.ApiClient;
import org.ziyuanku.it.support.BrowserTest;
import org.ziyuanku.it.support.CourseFixtures;
import org.ziyuanku.it.support.TestDatabase;
import org.ziyuanku.it.support.TestKeycloak;
import org.ziyuanku.it.support.TestResources;

/**
 * The homework pages as a user sees them, in Chromium: a peer homework (N = 2, no-review penalty 2) where two learners
 * handed in near-identical texts and one learner did none of their reviews. The teacher's page lists the similar pair
 * (疑似雷同) with links to both submissions, shows the peer totals as text ("8、8", not "[8, 8]") and no zip link
 * when nobody handed in a file; a homework without submissions shows its empty state and no empty list. The learner
 * who skipped the reviews sees the deduction and why; a reviewer editing a done review (修改互评) finds the old
 * scores and comment in the fields, changes only the comment and resubmits.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class HomeworkPagesIT extends BrowserTest {

    private static final String SUFFIX = Long.toString(System.currentTimeMillis() % 100_000);
    private static final String TEACHER = "hwp-teacher-" + SUFFIX;
    private static final String[] LEARNERS = {"hwp-l1-" + SUFFIX, "hwp-l2-" + SUFFIX, "hwp-l3-" + SUFFIX};
    private static final String OLD_COMMENT = "条理清楚";
    private static long course;
    private static long offering;
    private static long classA;
    private static long hw;

    @BeforeAll
    static void aPeerHomeworkReviewedByTwoOfThree() throws Exception {
        TestKeycloak.ensureRunning();
        long school = TeachingWorld.schoolA();
        long teacher = TeachingWorld.person(TEACHER, "teacher", school);
        long library = TestResources.weldingLibraryWith(school);
        course = TeachingWorld.course(library, teacher, "HWP" + SUFFIX,
                TeachingWorld.publishedResources(TEACHER, library, "hwp" + SUFFIX, 1));
        offering = TeachingWorld.offer(TEACHER, course, "作业页面 " + SUFFIX, "CODE", false);
        classA = TeachingWorld.createClass(TEACHER, offering, "一班");
        TeachingWorld.publish(TEACHER, offering);
        for (String learner : LEARNERS) {
            CourseFixtures.enrol(offering, classA, TeachingWorld.person(learner, "learner", school));
        }
        hw = HomeworkWorld.published(TEACHER, offering, HomeworkWorld.peer(classA, "互评作业 " + SUFFIX, 2, 2));
        HomeworkWorld.submitted(LEARNERS[0], hw, HomeworkSimilarityIT.ESSAY);
        HomeworkWorld.submitted(LEARNERS[1], hw, HomeworkSimilarityIT.COPY);
        HomeworkWorld.submitted(LEARNERS[2], hw, "我的作业：焊前预热到一百五十度，焊后缓冷，防止产生冷裂纹。");
        HomeworkWorld.pastDue(hw);
        HttpResponse<String> assigned = ApiClient.as(TEACHER).post("/api/v1/assignments/" + hw
                + "/peer-reviews/assign");
        assertEquals(200, assigned.statusCode(), assigned.body());
        reviewsAll(LEARNERS[0]);
        reviewsAll(LEARNERS[1]);
    }

    @AfterAll
    static void deleteWhatWasCreated() throws Exception {
        TestDatabase.update("delete from assignment where offering_id = ?", offering);
        TeachingWorld.forgetCourse(course);
        TeachingWorld.forget(TEACHER);
        TeachingWorld.forget(LEARNERS);
    }

    @Test
    void theTeachersPage_listsTheSimilarPair_peerTotalsAsText_noZipLinkWithoutFiles() {
        signInAfresh(TEACHER);
        AssignmentPages pages = new AssignmentPages(driver, Deployments.BASE_URL);
        pages.openSubmissions(hw);

        List<WebElement> pairs = driver.findElements(By.cssSelector("#similarPairs li.zyk-similar-pair"));
        assertEquals(1, pairs.size(), driver.findElement(By.id("similarity")).getText());
        String pair = pairs.get(0).getText();
        assertTrue(pair.contains(LEARNERS[0]) && pair.contains(LEARNERS[1]) && pair.contains("相似度"), pair);
        String firstLink = pairs.get(0).findElement(By.cssSelector("a.zyk-similar-first")).getAttribute("href");
        assertTrue(firstLink.endsWith("#submission-" + pages.submission(LEARNERS[0]).getAttribute("data-id")),
                firstLink);
        String third = pages.submission(LEARNERS[2]).getText();
        assertTrue(third.contains("互评得分：8、8，中位数 8"), third);
        assertFalse(driver.findElement(By.id("submissions")).getText().contains("["), "no raw Java list");
        assertTrue(driver.findElements(By.id("downloadAllFiles")).isEmpty(), "no zip link without files");

        long empty = HomeworkWorld.published(TEACHER, offering, HomeworkWorld.manual(classA, "无人提交 " + SUFFIX,
                "REFUSE", 0, "TEXT"));
        pages.openSubmissions(empty);
        assertTrue(driver.findElement(By.id("noSubmissions")).getText().contains("还没有人提交"));
        assertTrue(driver.findElements(By.id("submissions")).isEmpty(), "no empty bordered list");
        assertTrue(driver.findElements(By.id("downloadAllFiles")).isEmpty());
    }

    @Test
    void theLearnerWhoSkippedTheReviews_seesTheDeductionAndWhy() {
        signInAfresh(LEARNERS[2]);
        AssignmentPages pages = new AssignmentPages(driver, Deployments.BASE_URL);
        pages.openLearnerList(offering);
        String row = pages.learnerRow(hw).getText();
        assertTrue(row.contains("成绩：6/10"), row);
        assertTrue(row.contains("互评只完成了 0/2，按作业规则扣 2 分"), row);
    }

    @Test
    void editingADoneReview_theFieldsHoldTheOldScoresAndComment() throws Exception {
        signInAfresh(LEARNERS[0]);
        AssignmentPages pages = new AssignmentPages(driver, Deployments.BASE_URL);
        pages.openLearnerList(offering);
        WebElement task = pages.peerTasks(hw).get(0);
        List<String> scores = task.findElements(By.cssSelector("input.zyk-criterion")).stream()
                .map(e -> e.getAttribute("value")).toList();
        assertEquals(List.of("4", "4"), scores, task.getText());
        assertEquals(OLD_COMMENT, task.findElement(By.cssSelector("textarea")).getAttribute("value"));
        assertTrue(task.getText().contains("修改互评"), task.getText());

        long id = Long.parseLong(task.getAttribute("data-id"));
        task.findElement(By.cssSelector("textarea")).sendKeys("，另补一句");
        String saved = pages.press(task.findElement(By.cssSelector(".zyk-review")));
        assertTrue(saved.contains("互评已保存"), saved);
        assertEquals(OLD_COMMENT + "，另补一句 4,4", TestDatabase.queryString("select comment || ' ' || scores"
                + " from peer_review where id = ?", id));
    }

    /** The learner saves each review they were given with 4 + 4 points and the same comment. */
    private static void reviewsAll(String learner) {
        HttpResponse<String> tasks = ApiClient.as(learner).get("/api/v1/my-peer-reviews?assignment=" + hw);
        assertEquals(200, tasks.statusCode(), tasks.body());
        for (String id : TeachingWorld.all(tasks.body(), "id")) {
            HttpResponse<String> saved = ApiClient.as(learner).postJson("/api/v1/peer-reviews/" + id,
                    "{\"scores\":[4,4],\"comment\":\"" + OLD_COMMENT + "\"}");
            assertEquals(200, saved.statusCode(), saved.body());
        }
    }
}
