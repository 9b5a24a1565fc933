package org.ziyuanku.it.exam;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.ziyuanku.it.pages.PrimeFacesInputs;
import org.ziyuanku.it.support.ApiClient;
import org.ziyuanku.it.support.BrowserTest;
import org.ziyuanku.it.support.TestDatabase;
import org.ziyuanku.it.support.TestResources;

/**
 * The question bank in the console (issue 15): a teacher of the welding library opens 题库 from the console menu,
 * creates a single-choice question whose stem holds a TeX formula, and finds it in the list with the formula drawn by
 * KaTeX (served from the war) and the answer stored as the option chosen; the list shows each question's review
 * state, and 送审 sends one into tiered review.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class QuestionBankPageIT extends BrowserTest {

    private static final String TEACHER = "qb-page-" + System.currentTimeMillis() % 100_000;
    private static long library;

    @BeforeAll
    static void teacher() throws Exception {
        library = TestResources.contributor(TEACHER);
    }

    @AfterAll
    static void forget() throws Exception {
        TestDatabase.update("delete from question where author_id in (select id from user_account where username"
                + " = ?)", TEACHER);
        TestResources.forget(TEACHER);
    }

    @Test
    void teacherCreatesASingleChoiceWithAFormula_andSeesItDrawnInTheList() throws Exception {
        openBank();
        String stem = "热输入 \\(q = \\frac{\\eta UI}{v}\\) 中 v 是 " + TEACHER;
        PrimeFacesInputs.type(driver, "questionEditor:stem", stem);
        PrimeFacesInputs.type(driver, "questionEditor:options", "焊接速度\n电弧电压\n焊接电流");
        PrimeFacesInputs.type(driver, "questionEditor:correct", "A");
        PrimeFacesInputs.type(driver, "questionEditor:knowledgePoints", "焊接参数");
        driver.findElement(By.id("questionEditor:saveQuestion")).click();

        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> d.getPageSource().contains(TEACHER)
                && !d.findElements(By.cssSelector("#questionList\\:questions .katex")).isEmpty());
        WebElement row = driver.findElement(By.xpath("//div[contains(@class,'zyk-question-stem')][contains(., '"
                + TEACHER + "')]"));
        assertFalse(row.findElements(By.cssSelector(".katex")).isEmpty(), "the formula is drawn: " + row.getText());
        assertFalse(row.getText().contains("\\frac"), "no raw TeX left: " + row.getText());
        assertTrue(driver.findElement(By.id("questionList:questions")).getText().contains("单选题"));
        String key = TestDatabase.queryString("select answer_key from question where type = 'SINGLE_CHOICE' and"
                + " author_id = (select id from user_account where username = ?)", TEACHER);
        assertTrue(key.contains("\"correct\":[0]"), key);
        assertEquals(3, TestDatabase.queryLong("select count(*) from question_option o join question q on"
                + " q.id = o.question_id where q.author_id = (select id from user_account where username = ?)", TEACHER));
    }

    @Test
    void teacherSendsAQuestionToReview_andTheListShowsItsReviewState() throws Exception {
        String stem = "送审判断题 " + TEACHER;
        HttpResponse<String> created = ApiClient.as(TEACHER).postJson("/api/v1/questions", "{\"libraryId\":" + library
                + ",\"type\":\"TRUE_FALSE\",\"stem\":\"" + stem + "\",\"key\":{\"truth\":true}}");
        assertEquals(201, created.statusCode(), created.body());
        long id = Long.parseLong(ApiClient.json(created.body(), "id"));
        openBank();
        By row = By.xpath("//tr[.//div[contains(@class,'zyk-question-stem')][contains(., '" + stem + "')]]");
        WebElement before = driver.findElement(row);
        assertTrue(before.getText().contains("未送审"), before.getText());
        before.findElement(By.cssSelector("a[id$='submitReview']")).click();
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(ExpectedConditions.stalenessOf(before));
        assertTrue(driver.getPageSource().contains("试题已送审"), "the page confirms");
        assertTrue(driver.findElement(row).getText().contains("审核中"), driver.findElement(row).getText());
        assertEquals("IN_REVIEW", TestDatabase.queryString("select status from question where id = ?", id));
        TestDatabase.update("delete from review_submission where subject_type = 'QUESTION' and subject_id = ?", id);
        TestDatabase.update("delete from question where id = ?", id);
    }

    /** Opens 题库 from the console menu with the welding library chosen. */
    private void openBank() {
        signInAfresh(TEACHER);
        driver.findElement(By.id("menuQuestions")).click();
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> d.getCurrentUrl().contains("/console/exam/questions"));
        Object chosen = driver.executeScript("var s = document.getElementById('questionFilters:library_input');"
                + " s.value = arguments[0]; return s.value;", String.valueOf(library));
        assertEquals(String.valueOf(library), chosen, "the welding library is among the teacher's libraries");
        WebElement before = driver.findElement(By.id("questionEditor:stem"));
        driver.findElement(By.id("questionFilters:search")).click();
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(ExpectedConditions.stalenessOf(before));
    }
}
