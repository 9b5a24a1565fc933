package org.ziyuanku.it.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.ziyuanku.it.Deployments;
import org.ziyuanku.it.pages.ResourceUploadPage;
import org.ziyuanku.it.pages.ReviewQueuePage;
import org.ziyuanku.it.pages.ReviewSubmissionsPage;
import org.ziyuanku.it.support.ApiClient;
import org.ziyuanku.it.support.BrowserTest;
import org.ziyuanku.it.support.ReviewPeople;
import org.ziyuanku.it.support.TestResources;
import org.ziyuanku.it.support.TestReview;

/**
 * Tiered review in a real browser, with two levels (the unit's reviewer, then its course-team lead): a teacher uploads
 * and submits; level 1 approves; level 2 returns it with a reason; the teacher reads the reason, fixes the title and
 * submits again; both levels approve; only now does an anonymous visitor find it — at no earlier step.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ReviewWorkflowPageIT extends BrowserTest {

    private static final String BASE = Deployments.BASE_URL;
    private static final String SUFFIX = Long.toString(System.currentTimeMillis() % 100_000);
    private static final String FIXED_TITLE = "平焊接头" + SUFFIX;
    private static ReviewPeople people;

    @TempDir
    Path folder;

    @BeforeAll
    static void peopleAndLevels() throws Exception {
        people = ReviewPeople.create("page" + SUFFIX);
        TestReview.levels(people.administrator, people.library, "UNIT_REVIEWER", "COURSE_TEAM_LEAD");
    }

    @AfterAll
    static void forgetPeople() throws Exception {
        people.forget();
    }

    @Test
    void submitApproveRejectFixResubmitApprove_anonymousFindsItOnlyAtTheEnd() throws Exception {
        Path image = Files.write(folder.resolve("仰焊接头" + SUFFIX + ".png"), TestResources.sample("sample.png"));
        signInAfresh(people.author);
        ResourceUploadPage upload = ResourceUploadPage.open(driver, BASE, people.library).upload("焊接工艺", image);
        long id = upload.resourceIdOf(image.getFileName().toString());
        assertTrue(ReviewSubmissionsPage.of(driver, BASE).submitFromMyResources(id).contains("审核中"));
        assertAnonymousCannotFind(id, "仰焊接头" + SUFFIX);

        signInAfresh(people.reviewer);
        assertTrue(ReviewQueuePage.open(driver, BASE).lists(id), "level 1 sees the submission");
        assertTrue(ReviewQueuePage.open(driver, BASE).decide(id, "APPROVE", "内容准确", null).contains("下一级"));
        assertAnonymousCannotFind(id, "仰焊接头" + SUFFIX);

        signInAfresh(people.courseLead);
        String returned = ReviewQueuePage.open(driver, BASE).decide(id, "REJECT", "标题不规范", "请写明焊接位置");
        assertTrue(returned.contains("退回"), returned);
        assertAnonymousCannotFind(id, "仰焊接头" + SUFFIX);

        signInAfresh(people.author);
        String reasons = ReviewSubmissionsPage.of(driver, BASE).submission(id);
        assertTrue(reasons.contains("标题不规范") && reasons.contains("请写明焊接位置") && reasons.contains("已退回"),
                reasons);
        String resubmitted = ReviewSubmissionsPage.of(driver, BASE).fixTitleAndResubmit(id, FIXED_TITLE);
        assertTrue(resubmitted.contains("已重新提交"), resubmitted);
        assertAnonymousCannotFind(id, FIXED_TITLE);

        signInAfresh(people.reviewer);
        ReviewQueuePage.open(driver, BASE).decide(id, "APPROVE", null, null);
        assertAnonymousCannotFind(id, FIXED_TITLE);
        signInAfresh(people.courseLead);
        String published = ReviewQueuePage.open(driver, BASE).decide(id, "APPROVE", null, null);
        assertTrue(published.contains("已发布"), published);

        anonymousFindsItsReviewRecord(id);
    }

    private void anonymousFindsItsReviewRecord(long id) {
        driver.quit();
        openBrowser(1280, 900);
        driver.get(BASE + "/portal/resource/search.xhtml?q=" + URLEncoder.encode(FIXED_TITLE, StandardCharsets.UTF_8));
        driver.findElement(By.cssSelector("#results li[data-id='" + id + "'] a")).click();
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> !d.findElements(By.id("reviewRecordLink")).isEmpty());
        driver.findElement(By.id("reviewRecordLink")).click();
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> !d.findElements(By.id("steps")).isEmpty());
        assertEquals(7, driver.findElements(By.cssSelector("#steps tbody tr")).size(),
                "submitted, approved, returned, submitted again, approved, approved, published");
        String steps = driver.findElement(By.id("steps")).getText();
        assertTrue(steps.contains(people.reviewer) && steps.contains(people.courseLead) && steps.contains("标题不规范"),
                steps);
    }

    private static void assertAnonymousCannotFind(long id, String title) {
        assertEquals(404, ApiClient.anonymous().get("/api/v1/resources/" + id).statusCode());
        String found = ApiClient.anonymous().get("/api/v1/resources?q=" + URLEncoder.encode(title,
                StandardCharsets.UTF_8)).body();
        assertFalse(found.contains("\"id\":" + id + ","), found);
    }
}
