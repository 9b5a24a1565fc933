package org.ziyuanku.it.teaching;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.ziyuanku.it.Deployments;
import org.ziyuanku.it.pages.ConsoleHomePage;
import org.ziyuanku.it.pages.Navigation;
import org.ziyuanku.it.support.ApiClient;
import org.ziyuanku.it.support.BrowserTest;
import org.ziyuanku.it.support.CourseFixtures;
import org.ziyuanku.it.support.TestDatabase;
import org.ziyuanku.it.support.TestKeycloak;
import org.ziyuanku.it.support.TestResources;

/**
 * The gradebook in the browser: the teacher opens it from the class page and sees both learners with their totals
 * (homework 8/10 and 6/10, nothing else graded: with the default weights only progress 20, homework 30 and
 * discussion 10 count, 40.0 and 30.0); setting progress 0, homework 90, discussion 10, exams 0 makes them 72.0 and
 * 54.0; weights summing to 90 are refused with the message and change nothing. The learner opens "我的成绩" from their
 * course page and sees their own total and nobody else's name.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class GradebookPageIT extends BrowserTest {

    private static final String BASE = Deployments.BASE_URL;
    private static final String SUFFIX = Long.toString(System.currentTimeMillis() % 100_000);
    private static final String TEACHER = "gp-teacher-" + SUFFIX;
    private static final String ANNA = "gp-anna-" + SUFFIX;
    private static final String BEN = "gp-ben-" + SUFFIX;
    private static final By ROWS = By.cssSelector("[id='gradebook:grades_data'] tr");
    private static long course;
    private static long offering;
    private static long classA;

    @BeforeAll
    static void aClassWithGradedHomework() throws Exception {
        TestKeycloak.ensureRunning();
        long school = TeachingWorld.schoolA();
        long teacher = TeachingWorld.person(TEACHER, "teacher", school);
        long anna = TeachingWorld.person(ANNA, "learner", school);
        long ben = TeachingWorld.person(BEN, "learner", school);
        long library = TestResources.weldingLibraryWith(school);
        course = TeachingWorld.course(library, teacher, "GP" + SUFFIX,
                TeachingWorld.publishedResources(TEACHER, library, "gp" + SUFFIX, 1));
        offering = TeachingWorld.offer(TEACHER, course, "成绩页 " + SUFFIX, "CODE", false);
        classA = TeachingWorld.createClass(TEACHER, offering, "一班");
        TeachingWorld.publish(TEACHER, offering);
        CourseFixtures.enrol(offering, classA, anna);
        CourseFixtures.enrol(offering, classA, ben);
        long hw = HomeworkWorld.published(TEACHER, offering, HomeworkWorld.manual(classA, "页面作业", "REFUSE", 0,
                "TEXT"));
        grade(HomeworkWorld.submitted(ANNA, hw, "安娜的答案"), 8);
        grade(HomeworkWorld.submitted(BEN, hw, "本的答案"), 6);
    }

    private static void grade(long submission, int score) throws SQLException {
        assertEquals(200, ApiClient.as(TEACHER).postJson("/api/v1/submissions/" + submission + "/grade",
                "{\"score\":" + score + ",\"version\":" + HomeworkWorld.version(submission) + "}").statusCode());
    }

    @AfterAll
    static void deleteWhatWasCreated() throws Exception {
        TestDatabase.update("delete from assignment where offering_id = ?", offering);
        TeachingWorld.forgetCourse(course);
        TeachingWorld.forget(TEACHER, ANNA, BEN);
    }

    @Test
    void theTeacherSeesTheTotals_changesTheWeights_andTheTotalsChange() {
        signInAfresh(TEACHER);
        ConsoleHomePage.await(driver, BASE);
        driver.get(BASE + "/console/teaching/class.xhtml?id=" + classA);
        Navigation.clickAndWaitForNewPage(driver, wait(driver, By.id("gradebookLink")));
        wait(driver, By.id("gradebookHeading"));
        assertEquals(List.of(ANNA, BEN), column("zyk-name"));
        assertEquals(List.of("80.0", "60.0"), column("zyk-grade-homework"));
        assertEquals(List.of("—", "—"), column("zyk-grade-exam"));
        assertEquals(List.of("40.0", "30.0"), column("zyk-grade-total"));

        setWeights(0, 90, 10, 80);
        Navigation.clickAndWaitForNewPage(driver, driver.findElement(By.id("weightsForm:saveWeights")));
        assertTrue(driver.findElement(By.id("globalMessages")).getText().contains("四项权重合计须为 100，当前合计为 180。"),
                driver.findElement(By.id("globalMessages")).getText());
        assertEquals(List.of("40.0", "30.0"), column("zyk-grade-total"));

        setWeights(0, 90, 10, 0);
        Navigation.clickAndWaitForNewPage(driver, driver.findElement(By.id("weightsForm:saveWeights")));
        assertTrue(driver.findElement(By.id("globalMessages")).getText().contains("权重已保存"),
                driver.findElement(By.id("globalMessages")).getText());
        assertEquals(List.of("72.0", "54.0"), column("zyk-grade-total"));
        assertTrue(driver.findElement(By.id("exportLink")).getDomProperty("href").endsWith("/grades.xlsx"));
    }

    @Test
    void theLearnerSeesMyGrades_withOnlyTheirOwnTotal() {
        signInAfresh(BEN);
        ConsoleHomePage.await(driver, BASE);
        driver.get(BASE + "/console/learning/course.xhtml?offering=" + offering);
        Navigation.clickAndWaitForNewPage(driver, wait(driver, By.id("gradesLink")));
        wait(driver, By.id("gradesHeading"));
        assertEquals("30.0", driver.findElement(By.id("myTotal")).getText().strip());
        String page = driver.findElement(By.tagName("main")).getText();
        assertTrue(page.contains(BEN), page);
        assertFalse(page.contains(ANNA), page);
        assertTrue(driver.findElement(By.id("rowHomework")).getText().contains("60.0"));
    }

    private void setWeights(int progress, int homework, int discussion, int exam) {
        int[] values = {progress, homework, discussion, exam};
        String[] ids = {"progress", "homework", "discussion", "exam"};
        for (int i = 0; i < ids.length; i++) {
            ((JavascriptExecutor) driver).executeScript("document.getElementById(arguments[0]).value = arguments[1];",
                    "weightsForm:" + ids[i] + "_input", Integer.toString(values[i]));
        }
    }

    private List<String> column(String styleClass) {
        return driver.findElements(ROWS).stream().flatMap(r -> r.findElements(By.cssSelector("td." + styleClass
                + " .zyk-cell")).stream()).map(WebElement::getText).map(String::strip).toList();
    }

    private static WebElement wait(WebDriver driver, By by) {
        return new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> d.findElements(by).stream().findFirst()
                .orElse(null));
    }
}
