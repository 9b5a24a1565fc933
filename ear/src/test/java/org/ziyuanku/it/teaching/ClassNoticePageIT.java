package org.ziyuanku.it.teaching;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import org.ziyuanku.it.support.BrowserTest;
import org.ziyuanku.it.support.CourseFixtures;
import org.ziyuanku.it.support.TestDatabase;
import org.ziyuanku.it.support.TestKeycloak;
import org.ziyuanku.it.support.TestResources;

/**
 * Notices in Chromium: the teacher posts a pinned notice to all classes on console/teaching/notices.xhtml (a Faces
 * post); the learner sees it on their course page marked unread, marks it read (a Faces post); the teacher's list
 * then says "1/1 已读".
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ClassNoticePageIT extends BrowserTest {

    private static final String SUFFIX = Long.toString(System.currentTimeMillis() % 100_000);
    private static final String TEACHER = "cnp-teacher-" + SUFFIX;
    private static final String LEARNER = "cnp-learner-" + SUFFIX;
    private static final String TITLE = "实训安排 " + SUFFIX;
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
        course = TeachingWorld.course(library, teacher, "CNP" + SUFFIX,
                TeachingWorld.publishedResources(TEACHER, library, "cnp" + SUFFIX, 1));
        offering = TeachingWorld.offer(TEACHER, course, "焊接公告页 " + SUFFIX, "CODE", false);
        long courseClass = TeachingWorld.createClass(TEACHER, offering, "一班");
        TeachingWorld.publish(TEACHER, offering);
        CourseFixtures.enrol(offering, courseClass, learner);
    }

    @AfterAll
    static void deleteWhatWasCreated() throws Exception {
        TestDatabase.update("delete from class_notice where offering_id = ?", offering);
        TestDatabase.update("delete from notification where recipient_id = ?", learner);
        TeachingWorld.forgetCourse(course);
        TeachingWorld.forget(TEACHER, LEARNER);
    }

    @Test
    void teacherPostsAPinnedNotice_learnerMarksItRead_teacherSeesOneOfOneRead() throws Exception {
        signInAfresh(TEACHER);
        driver.get(Deployments.BASE_URL + "/console/teaching/notices.xhtml?offering=" + offering);
        waitFor("postForm:post");
        driver.findElement(By.id("postForm:noticeTitle")).sendKeys(TITLE);
        driver.findElement(By.id("postForm:noticeBody")).sendKeys("请带焊帽。");
        driver.findElement(By.cssSelector("[id='postForm:pinned'] .ui-chkbox-box")).click();
        Navigation.clickAndWaitForNewPage(driver, driver.findElement(By.id("postForm:post")));
        long notice = TestDatabase.queryLong("select id from class_notice where offering_id = ? and pinned"
                + " and class_id is null", offering);
        assertTrue(row(notice).getText().contains("0/1 已读"), row(notice).getText());

        signInAfresh(LEARNER);
        driver.get(Deployments.BASE_URL + "/console/learning/course.xhtml?offering=" + offering);
        waitFor("noticesForm");
        assertTrue(row(notice).getText().contains(TITLE) && row(notice).getText().contains("未读"),
                row(notice).getText());
        Navigation.clickAndWaitForNewPage(driver, row(notice).findElement(By.cssSelector(".zyk-mark-read")));
        assertFalse(row(notice).getText().contains("未读"), row(notice).getText());
        assertEquals(1, TestDatabase.queryLong("select count(*) from class_notice_read where notice_id = ? and"
                + " account_id = ?", notice, learner));

        signInAfresh(TEACHER);
        driver.get(Deployments.BASE_URL + "/console/teaching/notices.xhtml?offering=" + offering);
        waitFor("noticesForm");
        assertTrue(row(notice).getText().contains("1/1 已读"), row(notice).getText());
    }

    private void waitFor(String id) {
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> !d.findElements(By.id(id)).isEmpty());
    }

    private WebElement row(long notice) {
        return driver.findElement(By.cssSelector("#notices li[data-id='" + notice + "']"));
    }
}
