package org.ziyuanku.it.qa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import org.ziyuanku.it.pages.Navigation;
import org.ziyuanku.it.pages.RealmLoginPage;
import org.ziyuanku.it.support.BrowserTest;
import org.ziyuanku.it.support.TestDatabase;
import org.ziyuanku.it.support.TestKeycloak;
import org.ziyuanku.it.support.TestResources;

/**
 * The Q&A page on a phone (390 px wide): a signed-in learner opens 问答 from a published resource, types a question
 * whose paraphrase the library's team has answered, is shown it while typing, and on submitting is offered the
 * existing answer ("这个问题已有回答…") instead of posting; only "仍然提问" posts the question.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class LibraryQuestionPageIT extends BrowserTest {

    private static final String SUFFIX = Long.toString(System.currentTimeMillis() % 100_000);
    private static final String TEACHER = "lqp-teacher-" + SUFFIX;
    private static final String LEARNER = "lqp-learner-" + SUFFIX;
    private static final String TYPED = "氩弧焊的钨极应该怎样打磨";
    private static long resource;
    private static long answered;

    @BeforeAll
    static void anAnsweredQuestion() throws Exception {
        TestKeycloak.ensureRunning();
        long library = TestResources.contributor(TEACHER);
        QaWorld.learner(LEARNER);
        resource = QaWorld.publishedResource(TEACHER, library, "p" + SUFFIX);
        answered = QaWorld.answered(TEACHER, TEACHER, resource, "钨极氩弧焊的钨极如何打磨",
                "磨成圆锥形，锥角 30～60 度，纹路顺着钨极轴向。");
    }

    @AfterAll
    static void deleteWhatWasCreated() throws Exception {
        QaWorld.forget(resource, TEACHER, LEARNER);
    }

    @Test
    void aLearnerOnAPhone_isShownTheExistingAnswer_beforePosting() throws Exception {
        openBrowser(390, 844);
        driver.get(Deployments.BASE_URL + "/console/index.xhtml");
        RealmLoginPage.await(driver, TestKeycloak.REALM_URL).signIn(LEARNER, TestKeycloak.DEMO_PASSWORD);
        waitFor(By.tagName("h1"));
        driver.get(Deployments.BASE_URL + "/portal/resource/view.xhtml?id=" + resource);
        Navigation.clickAndWaitForNewPage(driver, waitFor(By.id("questionsLink")));
        waitFor(By.id("askForm:ask"));

        driver.findElement(By.id("askForm:questionTitle")).sendKeys(TYPED);
        WebElement suggestion = waitFor(By.cssSelector(".zyk-similar-question[data-id='" + answered + "']"));
        assertTrue(suggestion.getText().contains("钨极氩弧焊的钨极如何打磨"), suggestion.getText());
        assertTrue(suggestion.getText().contains("磨成圆锥形"), suggestion.getText());

        Navigation.clickAndWaitForNewPage(driver, driver.findElement(By.id("askForm:ask")));
        WebElement offer = waitFor(By.id("askForm:offer"));
        assertTrue(offer.getText().contains("这个问题已有回答"), offer.getText());
        assertTrue(offer.getText().contains("磨成圆锥形"), offer.getText());
        assertEquals(0, asked(), "nothing is posted while the existing answer is offered");

        Navigation.clickAndWaitForNewPage(driver, driver.findElement(By.id("askForm:askAnyway")));
        waitFor(By.id("askForm:ask"));
        assertEquals(1, asked(), "仍然提问 posts the question");
    }

    private static long asked() throws Exception {
        return TestDatabase.queryLong("select count(*) from library_question where resource_id = ? and title = ?",
                resource, TYPED);
    }

    private WebElement waitFor(By by) {
        return new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> d.findElements(by).stream().findFirst()
                .orElse(null));
    }
}
