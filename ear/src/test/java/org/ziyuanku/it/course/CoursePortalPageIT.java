package org.ziyuanku.it.course;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.ziyuanku.it.Deployments;
import org.ziyuanku.it.pages.ConsoleHomePage;
import org.ziyuanku.it.pages.CourseEditorPages;
import org.ziyuanku.it.pages.Navigation;
import org.ziyuanku.it.support.ApiClient;
import org.ziyuanku.it.support.BrowserTest;
import org.ziyuanku.it.support.CrossSite;
import org.ziyuanku.it.support.TestDatabase;
import org.ziyuanku.it.support.TestResources;

/**
 * The course portal in a real browser: the anonymous visitor sees a published course in the template its team chose
 * (CLASSIC: one outline list; CARDS: a card per module), with the referenced resource's live title and the page's
 * text; a course that is not published is the 404 page. And the course API refuses a cross-site request that carries
 * the signed-in lead's session cookie (Origin of another site): nothing is created or changed.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CoursePortalPageIT extends BrowserTest {

    private static final String BASE = Deployments.BASE_URL;
    private static final String SUFFIX = Long.toString(System.currentTimeMillis() % 100_000);
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER).build();
    private static CourseWorld world;
    private static long resource;

    @BeforeAll
    static void world() throws Exception {
        world = CourseWorld.create("cp" + SUFFIX);
        resource = world.publishedResource(world.people.library, world.people.administrator, "门户示范");
    }

    @AfterAll
    static void forget() throws Exception {
        world.forget();
    }

    @Test
    void anonymousVisitor_seesPublishedCoursesInBothTemplates_andNotADraft() throws Exception {
        long classic = course("CL-" + SUFFIX, "CLASSIC");
        long cards = course("CA-" + SUFFIX, "CARDS");
        world.submitAndApprove(classic);
        world.submitAndApprove(cards);
        long draft = course("DR-" + SUFFIX, "CLASSIC");

        openBrowser(1280, 900);
        driver.get(BASE + "/portal/course/view.xhtml?id=" + classic);
        assertEquals("课程 CL-" + SUFFIX, driver.findElement(By.id("courseName")).getText());
        String list = driver.findElement(By.id("outlineClassic")).getText();
        assertTrue(list.contains("模块一") && list.contains("门户示范" + world.suffix) && list.contains("焊前准备"), list);
        assertEquals(0, driver.findElements(By.id("outlineCards")).size());
        assertEquals(0, driver.findElements(By.cssSelector("#outlineClassic script")).size());

        driver.get(BASE + "/portal/course/view.xhtml?id=" + cards);
        String shown = driver.findElement(By.id("outlineCards")).getText();
        assertTrue(shown.contains("模块一") && shown.contains("门户示范" + world.suffix), shown);
        assertEquals(1, driver.findElements(By.cssSelector("#outlineCards section.zyk-card")).size());
        assertEquals(0, driver.findElements(By.id("outlineClassic")).size());

        driver.get(BASE + "/portal/course/view.xhtml?id=" + draft);
        assertEquals(1, driver.findElements(By.id("notFound")).size(), "a draft is not found");
        driver.get(BASE + "/portal/course/view.xhtml?id=x" + draft);
        assertEquals(1, driver.findElements(By.id("notFound")).size(), "nor is a malformed id");

        driver.get(BASE + "/portal/course/index.xhtml");
        String index = driver.findElement(By.id("courses")).getText();
        assertTrue(index.contains("课程 CL-" + SUFFIX) && index.contains("课程 CA-" + SUFFIX), index);
        assertTrue(!index.contains("课程 DR-" + SUFFIX), index);
    }

    @Test
    void crossSiteRequests_withTheLeadsCookie_areRefused_andChangeNothing() throws Exception {
        long draft = course("XS-" + SUFFIX, "CLASSIC");
        long nodes = TestDatabase.queryLong("select count(*) from course_node where course_id = ?", draft);
        signInAfresh(world.people.courseLead);
        ConsoleHomePage.await(driver, BASE);
        driver.get(BASE + "/console/course/mine.xhtml");
        assertTrue(driver.findElement(By.id("myCourses")).getText().contains("课程 XS-" + SUFFIX), "the lead's courses");
        driver.get(BASE + "/console/course/outline.xhtml?id=" + draft);
        assertEquals("课程 XS-" + SUFFIX, driver.findElement(By.id("courseName")).getText());
        assertTrue(driver.findElement(By.id("outline")).getText().contains("门户示范" + world.suffix));
        String cookie = driver.manage().getCookies().stream().map(c -> c.getName() + "=" + c.getValue())
                .collect(Collectors.joining("; "));

        HttpResponse<String> create = send(cookie, "POST", "/api/v1/courses", "{\"libraryId\":"
                + world.people.library + ",\"code\":\"EVIL-" + SUFFIX + "\",\"name\":\"x\"}");
        assertEquals(403, create.statusCode(), create.body());
        assertEquals(0, TestDatabase.queryLong("select count(*) from standard_course where code = ?", "EVIL-" + SUFFIX));
        HttpResponse<String> node = send(cookie, "POST", "/api/v1/courses/" + draft + "/outline/nodes",
                "{\"title\":\"x\"}");
        assertEquals(403, node.statusCode(), node.body());
        HttpResponse<String> submit = send(cookie, "POST", "/api/v1/courses/" + draft + "/submission", null);
        assertEquals(403, submit.statusCode(), submit.body());
        assertEquals(nodes, TestDatabase.queryLong("select count(*) from course_node where course_id = ?", draft));
        assertEquals("DRAFT", TestDatabase.queryString("select status from standard_course where id = ?", draft));
    }

    @Test
    void lead_uploadsACoverAndAddsATeamMember_onTheCoursePage_andVisitorsSeeTheCover() throws Exception {
        long course = course("CV-" + SUFFIX, "CARDS");
        signInAfresh(world.people.courseLead);
        ConsoleHomePage.await(driver, BASE);
        CourseEditorPages editor = new CourseEditorPages(driver, BASE);
        editor.openOutline(course);
        java.nio.file.Path picture = java.nio.file.Files.createTempFile("cover", ".png");
        java.nio.file.Files.write(picture, TestResources.sample("sample.png"));
        String uploaded = editor.uploadCover(picture);
        assertTrue(uploaded.contains("封面已更新"), uploaded);
        assertEquals(1, driver.findElements(By.id("coverForm:coverImage")).size(), "the page shows the new cover");
        java.nio.file.Files.writeString(picture, "不是图片");
        String refused = editor.uploadCover(picture);
        assertTrue(refused.contains("不是可用的图片"), refused);

        String added = editor.addTeamMember(world.people.author);
        assertTrue(added.contains("已加入课程团队"), added);
        assertTrue(editor.team().stream().anyMatch(m -> m.contains(world.people.author)), editor.team().toString());
        String unknown = editor.addTeamMember("nobody-" + SUFFIX);
        assertTrue(unknown.contains("不存在"), unknown);

        world.submitAndApprove(course);
        driver.get(BASE + "/portal/course/view.xhtml?id=" + course);
        WebElement cover = driver.findElement(By.id("courseCover"));
        assertTrue((Boolean) ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(
                "return arguments[0].complete && arguments[0].naturalWidth > 0;", cover), "the cover is shown");
        java.nio.file.Files.deleteIfExists(picture);

        editor.openOutline(course);
        Navigation.clickAndWaitForNewPage(driver, driver.findElement(By.id("actionsForm:newVersion")));
        long revision = TestDatabase.queryLong("select id from standard_course where revision_of_id = ?", course);
        editor.openOutline(course);
        assertTrue(driver.findElement(By.id("actionsForm:openPending")).getDomProperty("href")
                .endsWith("id=" + revision), "the published course leads to its pending new version");
    }

    /** A course of the lead with one module, topic, resource item and page, in the template. */
    private static long course(String code, String template) throws Exception {
        ApiClient lead = ApiClient.as(world.people.courseLead);
        HttpResponse<String> created = lead.postJson("/api/v1/courses", "{\"libraryId\":" + world.people.library
                + ",\"code\":\"" + code + "\",\"name\":\"课程 " + code + "\"}");
        assertEquals(201, created.statusCode(), created.body());
        long id = Long.parseLong(ApiClient.json(created.body(), "id"));
        assertEquals(200, lead.putJson("/api/v1/courses/" + id, "{\"name\":\"课程 " + code + "\",\"portalTemplate\":\""
                + template + "\",\"introduction\":\"焊接入门\"}").statusCode());
        long module = node(lead, id, "{\"title\":\"模块一\"}");
        long topic = node(lead, id, "{\"parentId\":" + module + ",\"title\":\"主题一\"}");
        node(lead, id, "{\"parentId\":" + topic + ",\"title\":\"视频\",\"itemKind\":\"RESOURCE\",\"resourceId\":"
                + resource + "}");
        node(lead, id, "{\"parentId\":" + topic + ",\"title\":\"说明\",\"itemKind\":\"PAGE\",\"pageBody\":"
                + "\"<p>焊前准备<script>alert(1)</script></p>\"}");
        return id;
    }

    private static long node(ApiClient lead, long course, String json) throws Exception {
        HttpResponse<String> added = lead.postJson("/api/v1/courses/" + course + "/outline/nodes", json);
        assertEquals(201, added.statusCode(), added.body());
        return TestDatabase.queryLong("select max(id) from course_node where course_id = ?", course);
    }

    private static HttpResponse<String> send(String cookie, String method, String path, String json) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(BASE + path)).timeout(Duration.ofSeconds(60))
                .header("Cookie", cookie).header("Origin", CrossSite.EVIL)
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        try {
            return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
