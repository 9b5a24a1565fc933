package org.ziyuanku.it.teaching;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
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
import org.ziyuanku.it.pages.AssignmentPages;
import org.ziyuanku.it.pages.Navigation;
import org.ziyuanku.it.support.ApiClient;
import org.ziyuanku.it.support.BrowserTest;
import org.ziyuanku.it.support.CourseFixtures;
import org.ziyuanku.it.support.TestDatabase;
import org.ziyuanku.it.support.TestKeycloak;
import org.ziyuanku.it.support.TestResources;

/**
 * Grading in turn in Chromium (console/teaching/grade.xhtml, reached from a homework's page): "1 of 3, 3 ungraded";
 * a grade saved opens the next ungraded submission; a grade over one saved meanwhile by another teacher keeps the
 * optimistic-locking message and stays; previous / next links move between submissions; the teacher uploads an
 * annotated file there and the learner finds it beside their grade on their homework page. The teacher renames a
 * group with the control on console/teaching/groups.xhtml.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class GradingPageIT extends BrowserTest {

    private static final String SUFFIX = Long.toString(System.currentTimeMillis() % 100_000);
    private static final String TEACHER = "grp-teacher-" + SUFFIX;
    private static final String[] LEARNERS = {"grp-a-" + SUFFIX, "grp-b-" + SUFFIX, "grp-c-" + SUFFIX};
    private static long course;
    private static long offering;
    private static long classA;

    @BeforeAll
    static void anOfferingWithThreeLearners() throws Exception {
        TestKeycloak.ensureRunning();
        long school = TeachingWorld.schoolA();
        long teacher = TeachingWorld.person(TEACHER, "teacher", school);
        long library = TestResources.weldingLibraryWith(school);
        course = TeachingWorld.course(library, teacher, "GRP" + SUFFIX,
                TeachingWorld.publishedResources(TEACHER, library, "grp" + SUFFIX, 1));
        offering = TeachingWorld.offer(TEACHER, course, "焊接逐份批改 " + SUFFIX, "CODE", false);
        classA = TeachingWorld.createClass(TEACHER, offering, "一班");
        TeachingWorld.publish(TEACHER, offering);
        for (String learner : LEARNERS) {
            CourseFixtures.enrol(offering, classA, TeachingWorld.person(learner, "learner", school));
        }
    }

    @AfterAll
    static void deleteWhatWasCreated() throws Exception {
        TestDatabase.update("delete from assignment where offering_id = ?", offering);
        TestDatabase.update("delete from class_group where class_id = ?", classA);
        TeachingWorld.forgetCourse(course);
        TeachingWorld.forget(TEACHER, LEARNERS[0], LEARNERS[1], LEARNERS[2]);
    }

    @Test
    void theTeacherGradesOneSubmissionAfterAnother_andTheLearnerGetsTheAnnotatedFile() throws Exception {
        long hw = HomeworkWorld.published(TEACHER, offering, HomeworkWorld.manual(classA, "逐份批改 " + SUFFIX,
                "REFUSE", 0, "TEXT"));
        long[] ids = new long[LEARNERS.length];
        for (int i = 0; i < LEARNERS.length; i++) {
            ids[i] = HomeworkWorld.submitted(LEARNERS[i], hw, "第" + (i + 1) + "份报告");
        }
        signInAfresh(TEACHER);
        AssignmentPages pages = new AssignmentPages(driver, Deployments.BASE_URL);
        pages.openSubmissions(hw);
        Navigation.clickAndWaitForNewPage(driver, driver.findElement(By.id("gradeInTurn")));
        awaitPosition(1, 3, 3);
        assertTrue(current().getText().contains("第1份报告"), current().getText());

        String saved = grade("8", "条理清楚");
        assertTrue(saved.contains("成绩已保存"), saved);
        awaitPosition(2, 3, 2);
        assertEquals(ids[1], Long.parseLong(current().getAttribute("data-id")));
        assertEquals("8.00 条理清楚", TestDatabase.queryString("select teacher_score || ' ' || teacher_comment"
                + " from assignment_submission where id = ?", ids[0]));

        HttpResponse<String> other = ApiClient.as(TEACHER).postJson("/api/v1/submissions/" + ids[1] + "/grade",
                "{\"score\":7,\"comment\":\"另一位老师\",\"version\":" + HomeworkWorld.version(ids[1]) + "}");
        assertEquals(200, other.statusCode(), other.body());
        String refused = grade("3", "我的评语");
        assertTrue(refused.contains("其他教师已批改该作业") && refused.contains("当前分数：7"), refused);
        awaitPosition(2, 3, 1);
        assertEquals("3", driver.findElement(By.id("gradeScore")).getAttribute("value"), "the typed score stays");
        assertEquals("7.00 另一位老师", TestDatabase.queryString("select teacher_score || ' ' || teacher_comment"
                + " from assignment_submission where id = ?", ids[1]));

        Navigation.clickAndWaitForNewPage(driver, driver.findElement(By.id("nextUngraded")));
        awaitPosition(3, 3, 1);
        Navigation.clickAndWaitForNewPage(driver, driver.findElement(By.id("previous")));
        awaitPosition(2, 3, 1);
        Navigation.clickAndWaitForNewPage(driver, driver.findElement(By.id("next")));
        awaitPosition(3, 3, 1);
        annotate(ids[2]);
        theLearnerSeesTheAnnotatedFile(hw);
    }

    private void annotate(long submission) throws Exception {
        Path pdf = Files.createTempFile("grp-", ".pdf");
        Files.write(pdf, TestResources.sample("sample.pdf"));
        try {
            driver.findElement(By.cssSelector("#currentSubmission input[type=file]"))
                    .sendKeys(pdf.toAbsolutePath().toString());
            Navigation.clickAndWaitForNewPage(driver, driver.findElement(By.cssSelector(".zyk-annotate")));
            awaitPosition(3, 3, 1);
            String messages = new AssignmentPages(driver, Deployments.BASE_URL).messages();
            assertTrue(messages.contains("批改附件已保存"), messages);
            assertEquals("application/pdf", TestDatabase.queryString("select media_type from submission_annotation"
                    + " where submission_id = ?", submission));
        } finally {
            Files.delete(pdf);
        }
        String saved = grade("9", "见批改附件");
        assertTrue(saved.contains("成绩已保存"), saved);
        awaitPosition(3, 3, 0);
    }

    private void theLearnerSeesTheAnnotatedFile(long hw) {
        signInAfresh(LEARNERS[2]);
        AssignmentPages pages = new AssignmentPages(driver, Deployments.BASE_URL);
        pages.openLearnerList(offering);
        WebElement row = pages.learnerRow(hw);
        assertTrue(row.getText().contains("成绩：9.00/10") || row.getText().contains("成绩：9/10"), row.getText());
        WebElement link = row.findElement(By.cssSelector("a.zyk-annotated-file"));
        assertTrue(link.getAttribute("href").endsWith("/annotated"), link.getAttribute("href"));
        assertTrue(link.getText().startsWith("grp-"), link.getText());
    }

    @Test
    void theTeacherRenamesAGroup_onTheGroupsPage() throws Exception {
        String name = "旧名" + SUFFIX;
        assertEquals(201, ApiClient.as(TEACHER).postJson("/api/v1/classes/" + classA + "/groups",
                "{\"name\":\"" + name + "\"}").statusCode());
        long group = TestDatabase.queryLong("select id from class_group where class_id = ? and name = ?", classA, name);
        signInAfresh(TEACHER);
        driver.get(Deployments.BASE_URL + "/console/teaching/groups.xhtml?classId=" + classA);
        waitFor("groupsTitle");
        WebElement input = driver.findElement(By.cssSelector("li[data-id='" + group + "'] .zyk-rename-name"));
        input.clear();
        input.sendKeys("新名" + SUFFIX);
        Navigation.clickAndWaitForNewPage(driver, driver.findElement(By.cssSelector("li[data-id='" + group
                + "'] .zyk-rename")));
        waitFor("groupsTitle");
        assertEquals("新名" + SUFFIX, groupName(group));
        assertTrue(driver.findElement(By.cssSelector("li[data-id='" + group + "'] .zyk-group-name")).getText()
                .contains("新名" + SUFFIX));

        WebElement blank = driver.findElement(By.cssSelector("li[data-id='" + group + "'] .zyk-rename-name"));
        blank.clear();
        Navigation.clickAndWaitForNewPage(driver, driver.findElement(By.cssSelector("li[data-id='" + group
                + "'] .zyk-rename")));
        waitFor("groupsTitle");
        assertTrue(new AssignmentPages(driver, Deployments.BASE_URL).messages().length() > 0, "a blank name refused");
        assertEquals("新名" + SUFFIX, groupName(group));
    }

    private static String groupName(long group) throws SQLException {
        return TestDatabase.queryString("select name from class_group where id = ?", group);
    }

    private String grade(String score, String comment) {
        WebElement input = driver.findElement(By.id("gradeScore"));
        input.clear();
        input.sendKeys(score);
        WebElement area = driver.findElement(By.id("gradeComment"));
        area.clear();
        area.sendKeys(comment);
        Navigation.clickAndWaitForNewPage(driver, driver.findElement(By.id("gradeForm:saveGrade")));
        waitFor("gradePosition");
        return new AssignmentPages(driver, Deployments.BASE_URL).messages();
    }

    private void awaitPosition(int position, int total, int ungraded) {
        waitFor("gradePosition");
        WebElement p = driver.findElement(By.id("gradePosition"));
        assertEquals(position + "/" + total + "/" + ungraded, p.getAttribute("data-position") + "/"
                + p.getAttribute("data-total") + "/" + p.getAttribute("data-ungraded"), p.getText());
        assertTrue(p.getText().contains("第 " + position + " 份，共 " + total + " 份"), p.getText());
    }

    private WebElement current() {
        return driver.findElement(By.id("currentSubmission"));
    }

    private void waitFor(String id) {
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> !d.findElements(By.id(id)).isEmpty());
    }
}
