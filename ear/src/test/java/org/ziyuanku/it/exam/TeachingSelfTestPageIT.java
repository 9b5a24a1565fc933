package org.ziyuanku.it.exam;

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
import org.openqa.selenium.support.ui.WebDriverWait;
import org.ziyuanku.it.Deployments;
import org.ziyuanku.it.pages.Navigation;
import org.ziyuanku.it.pages.PrimeFacesInputs;
import org.ziyuanku.it.support.ApiClient;
import org.ziyuanku.it.support.BrowserTest;
import org.ziyuanku.it.support.CourseFixtures;
import org.ziyuanku.it.support.Http;
import org.ziyuanku.it.support.SessionSignIn;
import org.ziyuanku.it.support.TestAccounts;
import org.ziyuanku.it.support.TestDatabase;
import org.ziyuanku.it.support.TestKeycloak;
import org.ziyuanku.it.support.TestResources;

/**
 * The console screen of an offering's own self-test (issue 15): the offering's teacher follows the link from the
 * offering's outline to the SELF_TEST item added locally, saves without a paper (an error message, nothing stored),
 * then picks a paper of the course's library and saves (stored, shown, audited). A teacher of another offering of the
 * same course gets the 403 page (audited), a learner of no offering 404, and an id that names nothing 404.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class TeachingSelfTestPageIT extends BrowserTest {

    private static final String SUFFIX = "tp" + System.currentTimeMillis() % 100_000;
    private static final String PAPER_TITLE = "本期自测卷" + SUFFIX;
    private static String teacher;
    private static String otherTeacher;
    private static String stranger;
    private static long offering;
    private static long otherOffering;
    private static long localItem;
    private static long paper;

    @BeforeAll
    static void offeringWithALocalSelfTest() throws Exception {
        teacher = "tp-teacher-" + SUFFIX;
        long library = TestResources.contributor(teacher);
        long teacherId = account(teacher);
        otherTeacher = "tp-other-" + SUFFIX;
        TestResources.contributor(otherTeacher);
        long course = CourseFixtures.publishedCourse(library, teacherId, "TP" + SUFFIX);
        offering = CourseFixtures.publishedOffering(course, teacherId, "2026-2027-1");
        otherOffering = CourseFixtures.publishedOffering(course, account(otherTeacher), "2026-2027-2");
        long topic = TestDatabase.queryLong("select min(id) from offering_node where offering_id = ? and depth = 2",
                offering);
        ApiClient team = ApiClient.as(teacher);
        HttpResponse<String> added = team.postJson("/api/v1/offerings/" + offering + "/outline/nodes",
                "{\"parentId\":" + topic + ",\"title\":\"本期自测" + SUFFIX + "\",\"itemKind\":\"SELF_TEST\"}");
        assertEquals(201, added.statusCode(), added.body());
        localItem = Long.parseLong(ApiClient.json(added.body(), "id"));
        HttpResponse<String> q = team.postJson("/api/v1/questions", "{\"libraryId\":" + library + ",\"type\":"
                + "\"TRUE_FALSE\",\"stem\":\"判断" + SUFFIX + "\",\"key\":{\"truth\":true},\"points\":2}");
        assertEquals(201, q.statusCode(), q.body());
        HttpResponse<String> created = team.postJson("/api/v1/papers", "{\"libraryId\":" + library + ",\"title\":\""
                + PAPER_TITLE + "\",\"kind\":\"FIXED\",\"questions\":[{\"questionId\":" + ApiClient.json(q.body(), "id")
                + "}]}");
        assertEquals(201, created.statusCode(), created.body());
        paper = Long.parseLong(ApiClient.json(created.body(), "id"));
        stranger = "tp-l1-" + SUFFIX;
        TestKeycloak.createUser(stranger, "learner");
        TestAccounts.account(stranger, TestAccounts.organisation(TestResources.DEMO_SCHOOL));
    }

    @AfterAll
    static void forget() throws Exception {
        TestDatabase.update("delete from exam where offering_id in (?, ?)", offering, otherOffering);
        TestDatabase.update("delete from offering_self_test where offering_node_id = ?", localItem);
    }

    @Test
    void theOfferingsTeacherPicksThePaper_withoutOneAnErrorAndNothingStored() throws Exception {
        signInAfresh(teacher);
        driver.get(Deployments.BASE_URL + "/console/teaching/offering.xhtml?id=" + offering);
        Navigation.clickAndWaitForNewPage(driver, driver.findElement(By.cssSelector(
                "li[data-id='" + localItem + "'] a.zyk-self-test-link")));
        assertTrue(driver.findElement(By.id("selfTestTitle")).getText().contains("本期自测" + SUFFIX));
        assertTrue(driver.findElement(By.id("currentPaper")).getText().contains("尚未设置试卷"));

        Navigation.clickAndWaitForNewPage(driver, driver.findElement(By.id("selfTestForm:setPaper")));
        assertTrue(driver.findElement(By.id("selfTestForm:messages")).getText().contains("请选择一份试卷。"),
                driver.findElement(By.id("selfTestForm:messages")).getText());
        assertEquals(0, TestDatabase.queryLong("select count(*) from offering_self_test where offering_node_id = ?",
                localItem), "nothing stored");

        PrimeFacesInputs.choose(driver, "selfTestForm:paper", PAPER_TITLE + " (1)");
        Navigation.clickAndWaitForNewPage(driver, driver.findElement(By.id("selfTestForm:setPaper")));
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> d.findElement(By.id("selfTestForm:messages"))
                .getText().contains("自测试卷已保存。"));
        assertTrue(driver.findElement(By.id("currentPaper")).getText().contains(PAPER_TITLE));
        assertEquals(paper, TestDatabase.queryLong("select paper_id from offering_self_test where offering_node_id = ?",
                localItem));
        assertEquals(1, TestDatabase.queryLong("select count(*) from audit_record where action = 'SELF_TEST_SET'"
                + " and outcome = 'SUCCESS' and target = ?", "offering-node:" + localItem));
    }

    @Test
    void aTeacherOfAnotherOfferingIs403_aStranger404_andNoSuchItem404() throws Exception {
        String page = Deployments.BASE_URL + "/console/teaching/self-test.xhtml?id=";
        HttpResponse<String> other = Http.get(page + localItem, SessionSignIn.cookies(otherTeacher), "zh-CN");
        assertEquals(403, other.statusCode(), other.body());
        assertTrue(TestDatabase.queryLong("select count(*) from audit_record where action = 'SELF_TEST_READ'"
                + " and outcome = 'DENIED' and target = ?", "offering-node:" + localItem) >= 1, "the refusal is audited");
        HttpResponse<String> set = ApiClient.as(otherTeacher).putJson("/api/v1/self-tests/" + localItem + "/paper",
                "{\"paperId\":" + paper + "}");
        assertEquals(403, set.statusCode(), set.body());
        String cookies = SessionSignIn.cookies(stranger);
        assertEquals(404, Http.get(page + localItem, cookies, "zh-CN").statusCode());
        assertEquals(404, Http.get(page + "abc", SessionSignIn.cookies(teacher), "zh-CN").statusCode());
        assertEquals(0, TestDatabase.queryLong("select count(*) from offering_self_test where offering_node_id = ?"
                + " and set_by = ?", localItem, account(otherTeacher)), "nothing set by the refusals");
    }

    private static long account(String username) throws Exception {
        return TestDatabase.queryLong("select id from user_account where username = ?", username);
    }
}
