package org.ziyuanku.it.teaching;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
import org.ziyuanku.it.support.BrowserTest;
import org.ziyuanku.it.support.CourseFixtures;
import org.ziyuanku.it.support.TestDatabase;
import org.ziyuanku.it.support.TestKeycloak;
import org.ziyuanku.it.support.TestResources;

/**
 * The discussion pages as a class uses them: the learner opens 讨论区 from their course page and starts a topic; the
 * teacher opens it from the offering page, replies mentioning the learner with a PDF attached and marks the reply best;
 * the learner sees the best reply, the mention highlighted and the file's download link.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DiscussionPageIT extends BrowserTest {

    private static final String SUFFIX = Long.toString(System.currentTimeMillis() % 100_000);
    private static final String TEACHER = "disp-teacher-" + SUFFIX;
    private static final String LEARNER = "disp-learner-" + SUFFIX;
    private static final String TITLE = "电流怎么调 " + SUFFIX;
    private static long course;
    private static long offering;

    @BeforeAll
    static void anOfferingWithALearner() throws Exception {
        TestKeycloak.ensureRunning();
        long school = TeachingWorld.schoolA();
        long teacher = TeachingWorld.person(TEACHER, "teacher", school);
        long learner = TeachingWorld.person(LEARNER, "learner", school);
        long library = TestResources.weldingLibraryWith(school);
        course = TeachingWorld.course(library, teacher, "DISP" + SUFFIX,
                TeachingWorld.publishedResources(TEACHER, library, "disp" + SUFFIX, 1));
        offering = TeachingWorld.offer(TEACHER, course, "焊接讨论页 " + SUFFIX, "CODE", false);
        long courseClass = TeachingWorld.createClass(TEACHER, offering, "一班");
        TeachingWorld.publish(TEACHER, offering);
        CourseFixtures.enrol(offering, courseClass, learner);
    }

    @AfterAll
    static void deleteWhatWasCreated() throws Exception {
        TestDatabase.update("delete from discussion_topic where offering_id = ?", offering);
        TestDatabase.update("delete from notification where recipient_id in (select id from user_account where"
                + " username = ?)", LEARNER);
        TeachingWorld.forgetCourse(course);
        TeachingWorld.forget(TEACHER, LEARNER);
    }

    @Test
    void aLearnerAsks_theTeacherAnswersAndMarksItBest_theLearnerSeesTheBestReply() throws Exception {
        signInAfresh(LEARNER);
        driver.get(Deployments.BASE_URL + "/console/learning/course.xhtml?offering=" + offering);
        waitFor("discussionsLink");
        Navigation.clickAndWaitForNewPage(driver, driver.findElement(By.id("discussionsLink")));
        waitFor("startForm:start");
        driver.findElement(By.id("startForm:topicTitle")).sendKeys(TITLE);
        driver.findElement(By.id("startForm:topicBody")).sendKeys("立焊时电流调多大合适？");
        Navigation.clickAndWaitForNewPage(driver, driver.findElement(By.id("startForm:start")));
        long topic = TestDatabase.queryLong("select id from discussion_topic where offering_id = ? and title = ?",
                offering, TITLE);
        assertTrue(topicRow(topic).getText().contains("一班"), topicRow(topic).getText());

        signInAfresh(TEACHER);
        driver.get(Deployments.BASE_URL + "/console/teaching/offering.xhtml?id=" + offering);
        waitFor("discussionsLink");
        Navigation.clickAndWaitForNewPage(driver, driver.findElement(By.id("discussionsLink")));
        Navigation.clickAndWaitForNewPage(driver, topicRow(topic).findElement(By.tagName("a")));
        waitFor("replyForm:send");
        driver.findElement(By.id("replyForm:replyBody")).sendKeys("@" + LEARNER + " 比平焊小 10%~15%。");
        driver.findElement(By.cssSelector("[id='replyForm'] input[type=file]")).sendKeys(pdf().toString());
        Navigation.clickAndWaitForNewPage(driver, driver.findElement(By.id("replyForm:send")));
        long reply = TestDatabase.queryLong("select id from discussion_reply where topic_id = ?", topic);
        Navigation.clickAndWaitForNewPage(driver, replyRow(reply).findElement(By.cssSelector(".zyk-best")));
        assertEquals("true", TestDatabase.queryString("select best::text from discussion_reply where id = ?", reply));

        signInAfresh(LEARNER);
        driver.get(Deployments.BASE_URL + "/console/teaching/discussion.xhtml?topic=" + topic);
        waitFor("replies");
        String seen = replyRow(reply).getText();
        assertTrue(seen.contains("最佳回复") && seen.contains("比平焊小 10%~15%。"), seen);
        assertEquals("@" + LEARNER, replyRow(reply).findElement(By.cssSelector(".zyk-mention")).getText());
        WebElement file = replyRow(reply).findElement(By.cssSelector("a.zyk-discussion-file"));
        assertEquals("电流表.pdf", file.getText());
        assertTrue(file.getAttribute("href").endsWith("/api/v1/discussions/" + topic + "/attachments/"
                + TestDatabase.queryLong("select id from discussion_attachment where reply_id = ?", reply)));
        assertTrue(driver.findElements(By.cssSelector(".zyk-best, #topicForm")).isEmpty(),
                "a learner sees no moderation controls");
    }

    /** The sample PDF as a file named 电流表.pdf, for the reply form's file input. */
    private static Path pdf() throws IOException {
        Path file = Files.createTempDirectory("disp").resolve("电流表.pdf");
        Files.write(file, TestResources.sample("sample.pdf"));
        return file.toAbsolutePath();
    }

    private void waitFor(String id) {
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> !d.findElements(By.id(id)).isEmpty());
    }

    private WebElement topicRow(long topic) {
        return driver.findElement(By.cssSelector("#topics li[data-id='" + topic + "']"));
    }

    private WebElement replyRow(long reply) {
        return driver.findElement(By.cssSelector("#replies li[data-id='" + reply + "']"));
    }
}
