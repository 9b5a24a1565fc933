package org.ziyuanku.it.exam;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.UUID;
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
import org.ziyuanku.it.support.CourseFixtures;
import org.ziyuanku.it.support.TestAccounts;
import org.ziyuanku.it.support.TestDatabase;
import org.ziyuanku.it.support.TestKeycloak;
import org.ziyuanku.it.support.TestResources;

/**
 * The self-test on the learner's item page (issue 15 item 4): no attempt yet, 开始自测 starts one (a Faces POST to the
 * attempt page), the learner answers the single choice (saved by the page) and submits; the result shows the score,
 * the correct answer and the analysis at once, and 再测一次; back on the item the best and last score are shown with
 * 再测一次, which starts a second attempt.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SelfTestPageIT extends BrowserTest {

    private static final String SUFFIX = "sp" + System.currentTimeMillis() % 100_000;
    private static final String TEACHER = "st-page-t-" + SUFFIX;
    private static final String LEARNER = "st-page-l-" + SUFFIX;
    private static final String ANALYSIS = "角接用于两板成角度" + SUFFIX;
    private static long offering;
    private static long item;
    private static long single;

    @BeforeAll
    static void offeringWithSelfTest() throws Exception {
        long library = TestResources.contributor(TEACHER);
        long teacherId = TestDatabase.queryLong("select id from user_account where username = ?", TEACHER);
        long course = CourseFixtures.publishedCourse(library, teacherId, "SP" + SUFFIX);
        long topic = TestDatabase.queryLong("select id from course_node where course_id = ? and depth = 2", course);
        UUID key = UUID.randomUUID();
        TestDatabase.update("insert into course_node (id, course_id, node_key, parent_id, depth, position, title,"
                + " item_kind, content_hash) values (nextval('course_node_seq'), ?, ?, ?, 3, 0, ?, 'SELF_TEST', ?)",
                course, key, topic, "单元自测" + SUFFIX, TestResources.sha256(SUFFIX.getBytes(
                java.nio.charset.StandardCharsets.UTF_8)));
        offering = CourseFixtures.publishedOffering(course, teacherId, "2026-2027-1");
        long courseClass = CourseFixtures.courseClass(offering, "自测页班" + SUFFIX, teacherId);
        item = TestDatabase.queryLong("select id from offering_node where offering_id = ? and depth = 3", offering);
        TestKeycloak.createUser(LEARNER, "learner");
        CourseFixtures.enrol(offering, courseClass, TestAccounts.account(LEARNER, TestAccounts.organisation(
                TestResources.DEMO_SCHOOL)));
        ApiClient author = ApiClient.as(TEACHER);
        single = ApprovedQuestions.create(author, library, "\"type\":\"SINGLE_CHOICE\",\"stem\":\"两板成直角的接头是" + SUFFIX
                + "\",\"options\":[\"对接\",\"角接\",\"搭接\"],\"key\":{\"correct\":[1]},\"analysis\":\"" + ANALYSIS
                + "\",\"points\":2");
        long truth = ApprovedQuestions.create(author, library, "\"type\":\"TRUE_FALSE\",\"stem\":\"焊前要清理坡口" + SUFFIX + "\","
                + "\"key\":{\"truth\":true},\"points\":2");
        HttpResponse<String> created = author.postJson("/api/v1/papers", "{\"libraryId\":" + library + ",\"title\":"
                + "\"自测页卷" + SUFFIX + "\",\"kind\":\"FIXED\",\"questions\":[{\"questionId\":" + single + "},"
                + "{\"questionId\":" + truth + "}]}");
        assertEquals(201, created.statusCode(), created.body());
        long paper = Long.parseLong(ApiClient.json(created.body(), "id"));
        TestDatabase.update("insert into self_test (node_key, paper_id, set_by, set_at, version) values (?, ?, ?,"
                + " now(), 0)", key, paper, teacherId);
    }

    @AfterAll
    static void forget() throws Exception {
        TestDatabase.update("delete from exam where offering_id = ?", offering);
    }

    @Test
    void aLearnerStartsSubmitsSeesKeyAndAnalysis_andTheItemKeepsBestAndLast() throws Exception {
        signInAfresh(LEARNER);
        openItem();
        assertTrue(scores().contains("还没有完成过"), scores());
        assertEquals("开始自测", startButton().getText().strip());
        Navigation.clickAndWaitForNewPage(driver, startButton());
        long first = TestDatabase.queryLong("select a.id from exam_attempt a join exam e on e.id = a.exam_id"
                + " where e.offering_node_id = ? and a.status = 'IN_PROGRESS'", item);
        assertTrue(driver.getCurrentUrl().contains("exam.xhtml?attempt=" + first), driver.getCurrentUrl());

        ExamPages page = new ExamPages(driver, Deployments.BASE_URL);
        page.choose(single, "角接");
        page.awaitSaved(single);
        page.askToSubmit();
        String status = page.confirmSubmit();
        assertTrue(status.contains("2 / 4"), status);
        String results = driver.findElement(By.id("results")).getText();
        assertTrue(results.contains("正确答案") && results.contains(ANALYSIS), results);

        openItem();
        assertTrue(scores().contains("最高分 2，最近一次 2（满分 4），已完成 1 次"), scores());
        assertEquals("再测一次", startButton().getText().strip());
        Navigation.clickAndWaitForNewPage(driver, startButton());
        long second = TestDatabase.queryLong("select a.id from exam_attempt a join exam e on e.id = a.exam_id"
                + " where e.offering_node_id = ? and a.status = 'IN_PROGRESS'", item);
        assertNotEquals(first, second);
        assertTrue(driver.getCurrentUrl().contains("exam.xhtml?attempt=" + second), driver.getCurrentUrl());
    }

    private void openItem() {
        driver.get(Deployments.BASE_URL + "/console/learning/item.xhtml?offering=" + offering + "&item=" + item);
    }

    private String scores() {
        return driver.findElement(By.id("selfTestScores")).getText();
    }

    private org.openqa.selenium.WebElement startButton() {
        return driver.findElement(By.id("selfTestForm:selfTestStart"));
    }

}
