package org.ziyuanku.it.exam;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.time.Duration;
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
import org.ziyuanku.it.pages.ReviewTaskPage;
import org.ziyuanku.it.support.ApiClient;
import org.ziyuanku.it.support.BrowserTest;
import org.ziyuanku.it.support.ReviewPeople;
import org.ziyuanku.it.support.TestDatabase;
import org.ziyuanku.it.support.TestReview;

/**
 * The reviewer's page of a question sent to review (issue 15): the stem's TeX formula is drawn by the KaTeX the war
 * bundles, not shown as raw TeX.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class QuestionReviewPageIT extends BrowserTest {

    private static final String SUFFIX = "qp" + System.currentTimeMillis() % 100_000;
    private static ReviewPeople people;

    @BeforeAll
    static void people() throws Exception {
        people = ReviewPeople.create(SUFFIX);
        TestReview.levels(people.administrator, people.library, "LIBRARY_ADMIN");
    }

    @AfterAll
    static void forget() throws Exception {
        TestReview.forget(people.author);
        TestDatabase.update("delete from question where author_id in (select id from user_account where username"
                + " = ?)", people.author);
        people.forget();
    }

    @Test
    void aQuestionWithAFormula_isDrawnByKatexOnTheReviewersTaskPage() throws Exception {
        ApiClient author = ApiClient.as(people.author);
        HttpResponse<String> created = author.postJson("/api/v1/questions", "{\"libraryId\":" + people.library
                + ",\"type\":\"SINGLE_CHOICE\",\"stem\":\"热输入 \\\\(q = \\\\frac{U I}{v}\\\\) 审" + SUFFIX + "\","
                + "\"options\":[\"焊接速度\",\"电弧电压\"],\"key\":{\"correct\":[0]}}");
        assertEquals(201, created.statusCode(), created.body());
        long question = Long.parseLong(ApiClient.json(created.body(), "id"));
        assertEquals(200, author.post("/api/v1/questions/" + question + "/submission").statusCode());

        signInAfresh(people.administrator);
        ReviewTaskPage.open(driver, Deployments.BASE_URL, taskFor(question));
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> !d.findElements(By.cssSelector(
                "#reviewedTexts .katex")).isEmpty());
        WebElement stem = driver.findElement(By.cssSelector("#reviewedTexts dd[data-field='stem']"));
        assertFalse(stem.findElements(By.cssSelector(".katex")).isEmpty(), "the stem's formula is drawn");
        assertFalse(stem.getText().contains("\\("), "no raw TeX left: " + stem.getText());
        assertTrue(stem.getText().contains("审" + SUFFIX), stem.getText());
        assertTrue(driver.getPageSource().contains("/webjars/katex/"), "KaTeX from the war, no CDN");
    }

    private static long taskFor(long question) {
        HttpResponse<String> queue = ApiClient.as(people.administrator).get("/api/v1/reviews/tasks");
        assertEquals(200, queue.statusCode(), queue.body());
        try (JsonReader reader = Json.createReader(new StringReader(queue.body()))) {
            return reader.readArray().getValuesAs(JsonObject.class).stream()
                    .filter(t -> "QUESTION".equals(t.getString("subjectType", ""))
                            && t.getJsonNumber("subjectId").longValue() == question)
                    .mapToLong(t -> t.getJsonNumber("taskId").longValue()).findFirst()
                    .orElseThrow(() -> new AssertionError("no task about question " + question + " in " + queue.body()));
        }
    }
}
