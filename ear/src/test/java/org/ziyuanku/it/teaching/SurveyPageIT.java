package org.ziyuanku.it.teaching;

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
 * Votes in Chromium: the teacher creates a vote with two options on console/teaching/surveys.xhtml (reached from the
 * offering page) and opens it (Faces posts); the learner finds it through their course page, votes (a Faces post) and
 * sees it answered; the teacher's results then count one vote for the chosen option, drawn as a chart.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SurveyPageIT extends BrowserTest {

    private static final String SUFFIX = Long.toString(System.currentTimeMillis() % 100_000);
    private static final String TEACHER = "svp-teacher-" + SUFFIX;
    private static final String LEARNER = "svp-learner-" + SUFFIX;
    private static final String TITLE = "实训分组投票 " + SUFFIX;
    private static long learner;
    private static long course;
    private static long offering;

    @BeforeAll
    static void anOfferingWithALearner() throws Exception {
        TestKeycloak.ensureRunning();
        long school = TeachingWorld.schoolA();
        long teacher = TeachingWorld.person(TEACHER, "teacher", school);
        learner = TeachingWorld.person(LEARNER, "learner", school);
        long library = TestResources.weldingLibraryWith(school);
        course = TeachingWorld.course(library, teacher, "SVP" + SUFFIX,
                TeachingWorld.publishedResources(TEACHER, library, "svp" + SUFFIX, 1));
        offering = TeachingWorld.offer(TEACHER, course, "焊接投票页 " + SUFFIX, "CODE", false);
        long courseClass = TeachingWorld.createClass(TEACHER, offering, "一班");
        TeachingWorld.publish(TEACHER, offering);
        CourseFixtures.enrol(offering, courseClass, learner);
    }

    @AfterAll
    static void deleteWhatWasCreated() throws Exception {
        TestDatabase.update("delete from class_survey where offering_id = ?", offering);
        TeachingWorld.forgetCourse(course);
        TeachingWorld.forget(TEACHER, LEARNER);
    }

    @Test
    void teacherCreatesAndOpensAVote_learnerVotes_teacherSeesTheCount() throws Exception {
        signInAfresh(TEACHER);
        driver.get(Deployments.BASE_URL + "/console/teaching/offering.xhtml?id=" + offering);
        waitFor("surveysLink");
        Navigation.clickAndWaitForNewPage(driver, driver.findElement(By.id("surveysLink")));
        waitFor("createForm:create");
        driver.findElement(By.id("createForm:surveyTitle")).sendKeys(TITLE);
        driver.findElement(By.id("createForm:prompt")).sendKeys("周五去哪个车间？");
        driver.findElement(By.id("createForm:options")).sendKeys("一号车间\n二号车间");
        Navigation.clickAndWaitForNewPage(driver, driver.findElement(By.id("createForm:create")));
        long survey = TestDatabase.queryLong("select id from class_survey where offering_id = ? and title = ?",
                offering, TITLE);
        assertEquals("VOTE", TestDatabase.queryString("select kind from class_survey where id = ?", survey));
        Navigation.clickAndWaitForNewPage(driver, row(survey).findElement(By.cssSelector(".zyk-open")));
        assertEquals("OPEN", TestDatabase.queryString("select status from class_survey where id = ?", survey));

        learnerVotesInBoth(survey, secondOpenVote());

        signInAfresh(TEACHER);
        driver.get(Deployments.BASE_URL + "/console/teaching/surveys.xhtml?offering=" + offering + "&survey=" + survey);
        waitFor("results");
        WebElement results = driver.findElement(By.id("results"));
        assertTrue(results.getText().contains("1 人已作答"), results.getText());
        assertEquals("二号车间 1", results.findElements(By.cssSelector(".zyk-survey-counts tr")).get(1).getText());
        assertEquals("一号车间 0", results.findElements(By.cssSelector(".zyk-survey-counts tr")).get(0).getText());
        assertFalse(results.findElements(By.tagName("canvas")).isEmpty(), "the counts are drawn as a chart");
        assertTrue(results.findElement(By.id("export")).getAttribute("href").endsWith("/api/v1/surveys/" + survey
                + "/export"));
    }

    /** The learner answers the teacher's vote (the second option) and a second listed vote (the first option). */
    private void learnerVotesInBoth(long survey, long second) throws Exception {
        signInAfresh(LEARNER);
        driver.get(Deployments.BASE_URL + "/console/learning/course.xhtml?offering=" + offering);
        waitFor("surveysLink");
        Navigation.clickAndWaitForNewPage(driver, driver.findElement(By.id("surveysLink")));
        waitFor("surveys");
        assertTrue(row(survey).getText().contains(TITLE), row(survey).getText());
        row(survey).findElements(By.cssSelector(".ui-radiobutton-box")).get(1).click();
        Navigation.clickAndWaitForNewPage(driver, row(survey).findElement(By.cssSelector(".zyk-submit")));
        assertTrue(row(survey).getText().contains("已作答"), row(survey).getText());
        assertTrue(row(survey).findElements(By.cssSelector(".zyk-submit")).isEmpty(), "a vote is answered once");
        assertEquals(1, TestDatabase.queryLong("select count(*) from class_survey_answer a join"
                + " class_survey_response r on r.id = a.response_id where r.survey_id = ? and r.learner_id = ?"
                + " and a.choice_index = 1", survey, learner));
        row(second).findElements(By.cssSelector(".ui-radiobutton-box")).get(0).click();
        Navigation.clickAndWaitForNewPage(driver, row(second).findElement(By.cssSelector(".zyk-submit")));
        assertEquals(1, TestDatabase.queryLong("select count(*) from class_survey_answer a join"
                + " class_survey_response r on r.id = a.response_id where r.survey_id = ? and r.learner_id = ?"
                + " and a.choice_index = 0", second, learner), "each of two listed votes keeps its own answer");
    }

    /** A second open vote, so the page lists two (only the last row's answer was kept when each had its own form). */
    private static long secondOpenVote() {
        HttpResponse<String> created = ApiClient.as(TEACHER).postJson("/api/v1/offerings/" + offering + "/surveys",
                "{\"kind\":\"VOTE\",\"title\":\"第二个投票" + SUFFIX + "\",\"items\":[{\"kind\":\"SINGLE\","
                + "\"prompt\":\"选哪个？\",\"options\":[\"甲\",\"乙\"]}]}");
        assertEquals(201, created.statusCode(), created.body());
        long id = Long.parseLong(ApiClient.json(created.body(), "id"));
        assertEquals(200, ApiClient.as(TEACHER).post("/api/v1/surveys/" + id + "/open").statusCode());
        return id;
    }

    private void waitFor(String id) {
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> !d.findElements(By.id(id)).isEmpty());
    }

    private WebElement row(long survey) {
        return driver.findElement(By.cssSelector("#surveys li[data-id='" + survey + "']"));
    }
}
