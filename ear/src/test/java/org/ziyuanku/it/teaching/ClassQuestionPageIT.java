package org.ziyuanku.it.teaching;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
import org.openqa.selenium.support.ui.WebDriverWait;
import org.ziyuanku.it.Deployments;
import org.ziyuanku.it.pages.Navigation;
import org.ziyuanku.it.support.ApiClient;
import org.ziyuanku.it.support.BrowserTest;
import org.ziyuanku.it.support.CourseFixtures;
import org.ziyuanku.it.support.TestDatabase;
import org.ziyuanku.it.support.TestKeycloak;
import org.ziyuanku.it.support.TestResources;

/**
 * The Q&A pages as a class uses them: a classmate asked before; the learner opens 答疑 from their course page, types a
 * near-identical title and is shown the classmate's question, asks anyway; the teacher opens 答疑 from the offering
 * page and answers; the learner sees the teacher's answer on the question's page and accepts it (已解答).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ClassQuestionPageIT extends BrowserTest {

    private static final String SUFFIX = Long.toString(System.currentTimeMillis() % 100_000);
    private static final String TEACHER = "qap-teacher-" + SUFFIX;
    private static final String LEARNER = "qap-learner-" + SUFFIX;
    private static final String MATE = "qap-mate-" + SUFFIX;
    private static final String TITLE = "立焊电流调多大合适" + SUFFIX;
    private static long course;
    private static long offering;
    private static long courseClass;

    @BeforeAll
    static void anOfferingWithTwoLearners() throws Exception {
        TestKeycloak.ensureRunning();
        long school = TeachingWorld.schoolA();
        long teacher = TeachingWorld.person(TEACHER, "teacher", school);
        long learner = TeachingWorld.person(LEARNER, "learner", school);
        long mate = TeachingWorld.person(MATE, "learner", school);
        long library = TestResources.weldingLibraryWith(school);
        course = TeachingWorld.course(library, teacher, "QAP" + SUFFIX,
                TeachingWorld.publishedResources(TEACHER, library, "qap" + SUFFIX, 1));
        offering = TeachingWorld.offer(TEACHER, course, "焊接答疑页 " + SUFFIX, "CODE", false);
        courseClass = TeachingWorld.createClass(TEACHER, offering, "一班");
        TeachingWorld.publish(TEACHER, offering);
        CourseFixtures.enrol(offering, courseClass, learner);
        CourseFixtures.enrol(offering, courseClass, mate);
    }

    @AfterAll
    static void deleteWhatWasCreated() throws Exception {
        TestDatabase.update("delete from class_question where offering_id = ?", offering);
        TestDatabase.update("delete from notification where recipient_id in (select id from user_account where"
                + " username in (?, ?, ?))", TEACHER, LEARNER, MATE);
        TeachingWorld.forgetCourse(course);
        TeachingWorld.forget(TEACHER, LEARNER, MATE);
    }

    @Test
    void aLearnerIsShownASimilarQuestion_asks_theTeacherAnswers_theLearnerSeesAndAcceptsTheAnswer() throws Exception {
        HttpResponse<String> earlier = ApiClient.as(MATE).postJson("/api/v1/classes/" + courseClass + "/questions",
                "{\"title\":\"" + TITLE + "\",\"body\":\"平焊我会，立焊不会\"}");
        assertEquals(201, earlier.statusCode(), earlier.body());
        long earlierId = Long.parseLong(ApiClient.json(earlier.body(), "id"));

        signInAfresh(LEARNER);
        driver.get(Deployments.BASE_URL + "/console/learning/course.xhtml?offering=" + offering);
        waitFor(By.id("questionsLink"));
        Navigation.clickAndWaitForNewPage(driver, driver.findElement(By.id("questionsLink")));
        waitFor(By.id("askForm:ask"));
        driver.findElement(By.id("askForm:questionTitle")).sendKeys(TITLE + "？");
        WebElement suggestion = waitFor(By.cssSelector(".zyk-similar-question[data-id='" + earlierId + "']"));
        assertTrue(suggestion.getText().contains(TITLE), suggestion.getText());
        driver.findElement(By.id("askForm:questionBody")).sendKeys("立焊时电流比平焊小多少？");
        Navigation.clickAndWaitForNewPage(driver, driver.findElement(By.id("askForm:ask")));
        long question = TestDatabase.queryLong("select id from class_question where offering_id = ? and title = ?",
                offering, TITLE + "？");

        signInAfresh(TEACHER);
        driver.get(Deployments.BASE_URL + "/console/teaching/offering.xhtml?id=" + offering);
        waitFor(By.id("questionsLink"));
        Navigation.clickAndWaitForNewPage(driver, driver.findElement(By.id("questionsLink")));
        Navigation.clickAndWaitForNewPage(driver, waitFor(By.cssSelector("#questions li[data-id='" + question
                + "'] a")));
        waitFor(By.id("answerForm:send"));
        driver.findElement(By.id("answerForm:answerBody")).sendKeys("比平焊小 10%~15%。");
        Navigation.clickAndWaitForNewPage(driver, driver.findElement(By.id("answerForm:send")));
        long answer = TestDatabase.queryLong("select id from class_answer where question_id = ?", question);

        signInAfresh(LEARNER);
        driver.get(Deployments.BASE_URL + "/console/teaching/question.xhtml?question=" + question);
        WebElement row = waitFor(By.cssSelector("#answers li[data-id='" + answer + "']"));
        assertTrue(row.getText().contains("教师解答") && row.getText().contains("比平焊小 10%~15%。"), row.getText());
        Navigation.clickAndWaitForNewPage(driver, row.findElement(By.cssSelector(".zyk-accept")));
        assertEquals("ANSWERED", TestDatabase.queryString("select status from class_question where id = ?", question));
        assertEquals("已解答", waitFor(By.id("questionStatus")).getText());
        assertTrue(driver.findElement(By.cssSelector("#answers li[data-id='" + answer + "']")).getText()
                .contains("已采纳"));
    }

    private WebElement waitFor(By by) {
        return new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> d.findElements(by).stream().findFirst()
                .orElse(null));
    }
}
