package org.ziyuanku.it.exam;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.ziyuanku.it.Deployments;
import org.ziyuanku.it.pages.ExamPages;
import org.ziyuanku.it.pages.Navigation;
import org.ziyuanku.it.support.ApiClient;
import org.ziyuanku.it.support.BrowserTest;
import org.ziyuanku.it.support.TestDatabase;

/**
 * The learner's exam list and result page in English (待评分（已评部分得分 X）): an attempt of a peer-graded exam,
 * submitted with its true/false question scored (2 points) and its essay waiting, shows "Awaiting grading (score so
 * far: 2)" on both, the essay "Waiting to be graded", and no "Score: 2 / 6".
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ExamAwaitingPageIT extends BrowserTest {

    private static final String AWAITING = "Awaiting grading (score so far: 2)";
    private static PeerExamWorld world;

    @BeforeAll
    static void classWithPaper() throws Exception {
        world = PeerExamWorld.create("pa");
    }

    @AfterAll
    static void forget() throws Exception {
        world.forget();
    }

    @Test
    void aSubmittedAttemptWaitingForGrading_showsThePartScoredSoFar_inEnglish() throws Exception {
        String title = "待评英文" + world.suffix;
        long exam = world.publishedExam(title);
        String learner = world.learners.get(0);
        long attempt = world.answered(exam, learner);
        assertEquals(200, ApiClient.as(learner).post("/api/v1/attempts/" + attempt + "/submit").statusCode());
        assertEquals("SUBMITTED", TestDatabase.queryString("select status from exam_attempt where id = ?", attempt));

        signInAfresh(learner);
        ExamPages exams = new ExamPages(driver, Deployments.BASE_URL);
        exams.openLearnerExams(world.offering);
        Navigation.clickAndWaitForNewPage(driver, driver.findElement(By.id("langEn")));
        String listed = exams.learnerExam(title).findElement(By.cssSelector(".zyk-exam-score")).getText();
        assertTrue(listed.contains(AWAITING) && !listed.contains("Score:"), listed);

        driver.get(Deployments.BASE_URL + "/console/learning/exam.xhtml?attempt=" + attempt);
        assertEquals(AWAITING, driver.findElement(By.id("awaitingScore")).getText());
        assertTrue(driver.findElement(By.id("attemptStatus")).getText().contains("Submitted"),
                driver.findElement(By.id("attemptStatus")).getText());
        String essay = driver.findElement(By.cssSelector("#results [data-q='" + world.essay + "'] .zyk-exam-result"))
                .getText();
        assertTrue(essay.contains("Waiting to be graded"), essay);
        String truth = driver.findElement(By.cssSelector("#results [data-q='" + world.truth + "'] .zyk-exam-result"))
                .getText();
        assertTrue(truth.contains("Score: 2 / 2"), truth);
        assertTrue(driver.findElements(By.cssSelector("#breadcrumbs li")).stream()
                .noneMatch(crumb -> crumb.getText().isBlank()), "an empty breadcrumb");
    }
}
