package org.ziyuanku.it.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
import org.openqa.selenium.support.ui.Select;
import org.ziyuanku.it.Deployments;
import org.ziyuanku.it.pages.Navigation;
import org.ziyuanku.it.pages.ReviewQueuePage;
import org.ziyuanku.it.support.ApiClient;
import org.ziyuanku.it.support.BrowserTest;
import org.ziyuanku.it.support.ReviewPeople;
import org.ziyuanku.it.support.TestResources;
import org.ziyuanku.it.support.TestReview;

/**
 * The review consoles in a real browser: a reviewer approves two submissions at once from the queue; a flagged
 * sensitive word is marked on the task page; the library's administrator sees the statistics, sets the review levels
 * and takes a published resource down with a reason.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ReviewConsolePageIT extends BrowserTest {

    private static final String BASE = Deployments.BASE_URL;
    private static final String SUFFIX = Long.toString(System.currentTimeMillis() % 100_000);
    private static ReviewPeople people;

    @BeforeAll
    static void people() throws Exception {
        people = ReviewPeople.create("console" + SUFFIX);
    }

    @AfterAll
    static void forgetPeople() throws Exception {
        people.forget();
    }

    @Test
    void reviewerApprovesTwoAtOnce_administratorSeesStatisticsSetsLevelsAndTakesOneDown() throws Exception {
        TestReview.levels(people.administrator, people.library, "UNIT_REVIEWER");
        long first = submitted("批量一");
        long second = submitted("批量二");
        signInAfresh(people.reviewer);
        String approved = ReviewQueuePage.open(driver, BASE).decideAll(List.of(first, second), "两项均符合要求",
                "APPROVE");
        assertTrue(approved.contains("已通过 2 项"), approved);
        assertEquals(200, ApiClient.anonymous().get("/api/v1/resources/" + first).statusCode());
        assertEquals(200, ApiClient.anonymous().get("/api/v1/resources/" + second).statusCode());

        signInAfresh(people.administrator);
        driver.get(BASE + "/console/review/statistics.xhtml?library=" + people.library);
        long published = Long.parseLong(driver.findElement(By.id("publishedCount")).getText().strip());
        assertTrue(published >= 2, "published: " + published);

        driver.get(BASE + "/console/review/policy.xhtml?library=" + people.library);
        new Select(driver.findElement(By.id("policyForm:level1:menu"))).selectByValue("UNIT_REVIEWER");
        new Select(driver.findElement(By.id("policyForm:level2:menu"))).selectByValue("LIBRARY_ADMIN");
        Navigation.clickAndWaitForNewPage(driver, driver.findElement(By.id("policyForm:savePolicy")));
        assertTrue(driver.findElement(By.id("globalMessages")).getText().contains("审核流程已保存"));
        String policy = ApiClient.as(people.administrator).get("/api/v1/libraries/" + people.library
                + "/review-policy").body();
        assertTrue(policy.contains("[\"UNIT_REVIEWER\",\"LIBRARY_ADMIN\"]"), policy);

        driver.get(BASE + "/console/review/take-down.xhtml?id=" + first);
        driver.findElement(By.id("takeDownForm:reason")).sendKeys("版权待核实");
        Navigation.clickAndWaitForNewPage(driver, driver.findElement(By.id("takeDownForm:takeDown")));
        assertTrue(driver.findElement(By.id("globalMessages")).getText().contains("已下架"));
        assertEquals(404, ApiClient.anonymous().get("/api/v1/resources/" + first).statusCode());
    }

    @Test
    void flaggedWord_isMarkedForTheReviewer() throws Exception {
        TestReview.levels(people.administrator, people.library, "UNIT_REVIEWER");
        long id = submitted("详情请加微信咨询");
        signInAfresh(people.reviewer);
        List<String> marked = ReviewQueuePage.open(driver, BASE).flaggedWordsOf(id);
        assertTrue(marked.contains("加微信"), marked.toString());
    }

    private static long submitted(String title) {
        HttpResponse<String> created = ApiClient.as(people.author).upload("/api/v1/libraries/" + people.library
                + "/resources", "image.png", TestResources.sample("sample.png"),
                ApiClient.fields("title", title + SUFFIX, "courseName", "焊接工艺"));
        assertEquals(201, created.statusCode(), created.body());
        long id = Long.parseLong(ApiClient.json(created.body(), "id"));
        assertEquals(200, TestReview.submit(people.author, id).statusCode());
        return id;
    }

}
