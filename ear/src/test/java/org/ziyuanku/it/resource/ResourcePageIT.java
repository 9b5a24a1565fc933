package org.ziyuanku.it.resource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.ziyuanku.it.Deployments;
import org.ziyuanku.it.pages.RealmLoginPage;
import org.ziyuanku.it.pages.ResourceUploadPage;
import org.ziyuanku.it.support.BrowserTest;
import org.ziyuanku.it.support.TestKeycloak;
import org.ziyuanku.it.support.TestResources;
import org.ziyuanku.it.support.TestReview;

/**
 * In a real browser: a teacher uploads a video and a renamed executable on the upload page and sees one stored and one
 * refused with the reason; once published, an anonymous visitor finds the video by a two-character Chinese query and
 * plays it in the page's player, while the draft page answers "not found".
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ResourcePageIT extends BrowserTest {

    private static final String BASE = Deployments.BASE_URL;
    private static final String SUFFIX = Long.toString(System.currentTimeMillis() % 100_000);
    private static final String TEACHER = "page-teacher-" + SUFFIX;
    private static final String MANAGER = "page-manager-" + SUFFIX;
    private static long library;

    @TempDir
    Path folder;

    @BeforeAll
    static void libraryAndPeople() throws Exception {
        library = TestResources.contributor(TEACHER);
        TestResources.libraryAdministrator(MANAGER, library);
    }

    @AfterAll
    static void deleteWhatWasCreated() throws Exception {
        TestResources.forget(TEACHER, MANAGER);
    }

    @Test
    void teacherUploads_anonymousFindsAndPlaysOncePublished() throws Exception {
        Path video = Files.write(folder.resolve("仰焊" + SUFFIX + ".mp4"), TestResources.sample("sample.mp4"));
        Path renamed = Files.write(folder.resolve("setup" + SUFFIX + ".mp4"), ResourceUploadEndpointIT.elf());
        openBrowser(1280, 900);
        driver.get(BASE + "/console/index.xhtml");
        RealmLoginPage.await(driver, TestKeycloak.REALM_URL).signIn(TEACHER, TestKeycloak.DEMO_PASSWORD);
        ResourceUploadPage page = ResourceUploadPage.open(driver, BASE, library).upload("焊接工艺", video, renamed);

        List<String> results = page.results();
        assertEquals(2, results.size(), results.toString());
        assertTrue(results.stream().anyMatch(l -> l.contains("setup" + SUFFIX) && l.contains("可执行")), results.toString());
        long id = page.resourceIdOf(video.getFileName().toString());
        driver.quit();

        openBrowser(1280, 900);
        driver.get(BASE + "/portal/resource/view.xhtml?id=" + id);
        assertEquals(1, driver.findElements(By.id("notFound")).size(), "a draft does not exist for anonymous visitors");
        TestReview.publish(TEACHER, MANAGER, library, id);

        driver.get(BASE + "/portal/resource/search.xhtml?q=" + URLEncoder.encode("仰焊", StandardCharsets.UTF_8));
        driver.findElement(By.cssSelector("#results li[data-id='" + id + "'] a")).click();
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> !d.findElements(By.id("player")).isEmpty());
        Object duration = new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> driver.executeScript(
                "var v = document.getElementById('player'); return v.readyState >= 1 ? v.duration : null;"));
        assertTrue(((Number) duration).doubleValue() >= 2, "the player loaded the video: " + duration);
        driver.executeScript("document.getElementById('player').currentTime = 1.5;");
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> ((Number) driver.executeScript(
                "return document.getElementById('player').currentTime;")).doubleValue() >= 1.4);
    }
}
