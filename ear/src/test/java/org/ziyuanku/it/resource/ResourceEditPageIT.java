package org.ziyuanku.it.resource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
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
import org.ziyuanku.it.support.Http;
import org.ziyuanku.it.support.SessionSignIn;
import org.ziyuanku.it.support.TestDatabase;
import org.ziyuanku.it.support.TestResources;

/**
 * Editing a text resource online in the browser (console/resource/edit.xhtml?id=…, a view-scoped page): the text is
 * shown, changed and saved (the content is the new text); a picture's page says why it cannot be edited, keeps the
 * text area disabled (saying why in Chinese, the language chosen, although the browser asks for English), and still
 * refuses (in Chinese) after a postback of its form. Another teacher of the same school is refused the edit and describe
 * pages of the author's resources: 404 for a draft they cannot see, 403 (audited DENIED) for a published one they see
 * but may not change; neither page shows the text or a form to change it.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ResourceEditPageIT extends BrowserTest {

    private static final String SUFFIX = "ed" + System.currentTimeMillis() % 100_000;
    private static final String AUTHOR = "edit-page-" + SUFFIX;
    private static final String OTHER = "edit-other-" + SUFFIX;
    private static long library;

    @BeforeAll
    static void author() throws Exception {
        library = TestResources.contributor(AUTHOR);
        TestResources.contributor(OTHER);
    }

    @AfterAll
    static void forget() throws Exception {
        TestResources.forget(AUTHOR, OTHER);
    }

    @Test
    void textResource_isEditedAndSaved_throughThePagesPostback() {
        String id = upload("note.txt", ("旧的焊接说明 " + SUFFIX).getBytes(StandardCharsets.UTF_8));
        signInAfresh(AUTHOR);
        driver.get(Deployments.BASE_URL + "/console/resource/edit.xhtml?id=" + id);
        WebElement text = awaitText();
        assertEquals("旧的焊接说明 " + SUFFIX, text.getAttribute("value"));
        assertTrue(text.isEnabled());

        text.clear();
        text.sendKeys("氩弧焊要点 " + SUFFIX);
        Navigation.clickAndWaitForNewPage(driver, driver.findElement(By.id("editForm:save")));

        assertTrue(messages().contains("已保存"), messages());
        assertEquals("氩弧焊要点 " + SUFFIX, awaitText().getAttribute("value"));
        assertEquals("氩弧焊要点 " + SUFFIX, new String(ApiClient.as(AUTHOR).getBytes("/api/v1/resources/" + id
                + "/content").body(), StandardCharsets.UTF_8));
    }

    @Test
    void picture_isNotEditable_beforeAndAfterAPostback() {
        String id = upload("edit.png", TestResources.sample("sample.png"));
        signInAfresh(AUTHOR);
        driver.get(Deployments.BASE_URL + "/console/resource/edit.xhtml?id=" + id);
        assertFalse(awaitText().isEnabled(), "a picture's text area is disabled");
        assertTrue(messages().contains("不是可在线编辑的纯文本"), messages());

        Navigation.clickAndWaitForNewPage(driver, driver.findElement(By.id("editForm:save")));

        assertTrue(messages().contains("不是可在线编辑的纯文本"), messages());
        assertFalse(awaitText().isEnabled(), "still disabled after the postback");
    }

    @Test
    void anotherTeacherOfTheSchool_isRefusedTheEditAndDescribePages_andSeesNothingToChange() throws Exception {
        String draft = upload("caogao-wenben.txt", ("别人的草稿 " + SUFFIX).getBytes(StandardCharsets.UTF_8));
        String published = upload("fabu-shuoming.txt", ("已发布的说明 " + SUFFIX).getBytes(StandardCharsets.UTF_8));
        TestDatabase.update("update teaching_resource set status = 'PUBLISHED', published_at = now() where id = ?",
                Long.parseLong(published));
        String cookies = SessionSignIn.cookies(OTHER);
        for (String page : new String[] {"edit", "describe"}) {
            assertRefused(page, draft, cookies, 404);
            assertRefused(page, published, cookies, 403);
        }
        assertEquals(404, Http.get(Deployments.BASE_URL + "/console/qa/questions.xhtml?resource=" + draft, cookies,
                "zh-CN").statusCode(), "nor has the draft a Q&A page");
        for (String action : new String[] {"RESOURCE_EDIT", "RESOURCE_DESCRIBE"}) {
            assertEquals(1, TestDatabase.queryLong("select count(*) from audit_record where actor = ? and action = ?"
                    + " and outcome = 'DENIED' and target = ?", OTHER, action, "resource:" + published), action);
        }
        assertEquals("已发布的说明 " + SUFFIX, new String(ApiClient.as(AUTHOR).getBytes("/api/v1/resources/" + published
                + "/content").body(), StandardCharsets.UTF_8), "unchanged");
    }

    private static void assertRefused(String page, String id, String cookies, int status) {
        HttpResponse<String> refused = Http.get(Deployments.BASE_URL + "/console/resource/" + page + ".xhtml?id=" + id,
                cookies, "zh-CN");
        assertEquals(status, refused.statusCode(), page + " " + id);
        for (String shown : new String[] {"别人的草稿", "已发布的说明", "caogao", "fabu"}) {
            assertFalse(refused.body().contains(shown), page + " shows nothing of the resource: " + shown);
        }
        assertFalse(refused.body().contains("editForm") || refused.body().contains("describeForm"), page
                + " offers no form to change it");
    }

    private WebElement awaitText() {
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> !d.findElements(By.id("editForm:text")).isEmpty());
        return driver.findElement(By.id("editForm:text"));
    }

    private String messages() {
        return driver.findElement(By.id("globalMessages")).getText();
    }

    private static String upload(String filename, byte[] content) {
        HttpResponse<String> uploaded = ApiClient.as(AUTHOR).upload("/api/v1/libraries/" + library + "/resources",
                filename, content, ApiClient.fields("courseName", "焊接工艺", "moduleName", "平焊"));
        assertEquals(201, uploaded.statusCode(), uploaded.body());
        return ApiClient.json(uploaded.body(), "id");
    }
}
