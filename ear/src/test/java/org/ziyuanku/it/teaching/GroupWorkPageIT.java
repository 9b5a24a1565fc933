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
 * Group work in Chromium: the teacher creates a group and opens self-signup on console/teaching/groups.xhtml (Faces
 * posts); the learner joins it on their homework page; the teacher marks a homework as group work on its page, and
 * after the group's submission is graded saves the learner's adjustment there, which shows as the member's score.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class GroupWorkPageIT extends BrowserTest {

    private static final String SUFFIX = Long.toString(System.currentTimeMillis() % 100_000);
    private static final String TEACHER = "gwp-teacher-" + SUFFIX;
    private static final String LEARNER = "gwp-learner-" + SUFFIX;
    private static final String GROUP = "页面组" + SUFFIX;
    private static long learner;
    private static long course;
    private static long offering;
    private static long courseClass;

    @BeforeAll
    static void anOfferingWithALearner() throws Exception {
        TestKeycloak.ensureRunning();
        long school = TeachingWorld.schoolA();
        long teacher = TeachingWorld.person(TEACHER, "teacher", school);
        learner = TeachingWorld.person(LEARNER, "learner", school);
        long library = TestResources.weldingLibraryWith(school);
        course = TeachingWorld.course(library, teacher, "GWP" + SUFFIX,
                TeachingWorld.publishedResources(TEACHER, library, "gwp" + SUFFIX, 1));
        offering = TeachingWorld.offer(TEACHER, course, "焊接分组页 " + SUFFIX, "CODE", false);
        courseClass = TeachingWorld.createClass(TEACHER, offering, "一班");
        TeachingWorld.publish(TEACHER, offering);
        CourseFixtures.enrol(offering, courseClass, learner);
    }

    @AfterAll
    static void deleteWhatWasCreated() throws Exception {
        TestDatabase.update("delete from assignment where offering_id = ?", offering);
        TestDatabase.update("delete from class_group where class_id = ?", courseClass);
        TeachingWorld.forgetCourse(course);
        TeachingWorld.forget(TEACHER, LEARNER);
    }

    @Test
    void teacherCreatesAGroupAndOpensSignup_learnerJoins_teacherAdjustsTheLearnersScore() throws Exception {
        signInAfresh(TEACHER);
        driver.get(Deployments.BASE_URL + "/console/teaching/class.xhtml?id=" + courseClass);
        waitFor("groupsLink");
        Navigation.clickAndWaitForNewPage(driver, driver.findElement(By.id("groupsLink")));
        waitFor("createForm:createGroup");
        driver.findElement(By.id("createForm:name")).sendKeys(GROUP);
        Navigation.clickAndWaitForNewPage(driver, driver.findElement(By.id("createForm:createGroup")));
        long group = TestDatabase.queryLong("select id from class_group where class_id = ? and name = ?", courseClass,
                GROUP);
        Navigation.clickAndWaitForNewPage(driver, driver.findElement(By.id("signupForm:openSignup")));
        assertTrue(driver.findElement(By.id("signupState")).getText().contains("已开放"),
                driver.findElement(By.id("signupState")).getText());

        signInAfresh(LEARNER);
        driver.get(Deployments.BASE_URL + "/console/learning/assignments.xhtml?offering=" + offering);
        waitFor("myGroups");
        Navigation.clickAndWaitForNewPage(driver, driver.findElement(By.cssSelector("#myGroups li[data-id='" + group
                + "'] .zyk-join-group")));
        assertTrue(driver.findElement(By.id("myGroup")).getText().contains(GROUP),
                driver.findElement(By.id("myGroup")).getText());
        assertEquals(1, TestDatabase.queryLong("select count(*) from class_group_member where group_id = ?"
                + " and learner_id = ?", group, learner));

        adjustOnTheAssignmentPage();
    }

    private void adjustOnTheAssignmentPage() throws Exception {
        long hw = HomeworkWorld.published(TEACHER, offering, HomeworkWorld.manual(courseClass, "小组页面作业", "REFUSE",
                0, "TEXT"));
        signInAfresh(TEACHER);
        driver.get(Deployments.BASE_URL + "/console/teaching/assignment.xhtml?id=" + hw);
        waitFor("groupWorkForm:markGroupWork");
        Navigation.clickAndWaitForNewPage(driver, driver.findElement(By.id("groupWorkForm:markGroupWork")));
        waitFor("groupWorkTag");
        long submission = HomeworkWorld.submitted(LEARNER, hw, "小组成果");
        HttpResponse<String> graded = ApiClient.as(TEACHER).postJson("/api/v1/submissions/" + submission + "/grade",
                "{\"score\":7,\"version\":" + HomeworkWorld.version(submission) + "}");
        assertEquals(200, graded.statusCode(), graded.body());

        driver.get(Deployments.BASE_URL + "/console/teaching/assignment.xhtml?id=" + hw);
        waitFor("submissions");
        WebElement row = memberRow();
        row.findElement(By.name("adjustPoints")).clear();
        row.findElement(By.name("adjustPoints")).sendKeys("1.5");
        row.findElement(By.name("adjustReason")).sendKeys("主动承担焊接");
        Navigation.clickAndWaitForNewPage(driver, row.findElement(By.cssSelector(".zyk-adjust")));
        assertEquals("8.50", memberRow().findElement(By.cssSelector(".zyk-member-score")).getText());
        assertEquals("主动承担焊接", TestDatabase.queryString("select reason from group_adjustment where submission_id = ?"
                + " and learner_id = ?", submission, learner));
    }

    private WebElement memberRow() {
        return driver.findElement(By.cssSelector(".zyk-group-members tr[data-username='" + LEARNER + "']"));
    }

    private void waitFor(String id) {
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> !d.findElements(By.id(id)).isEmpty());
    }
}
