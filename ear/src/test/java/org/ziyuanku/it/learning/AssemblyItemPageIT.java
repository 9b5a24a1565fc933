package org.ziyuanku.it.learning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.ziyuanku.it.learning.LearningFixture.IMAGE;
import static org.ziyuanku.it.learning.LearningFixture.VIDEO;
import static org.ziyuanku.it.learning.LearningFixture.beat;

import java.net.http.HttpResponse;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.ziyuanku.it.Deployments;
import org.ziyuanku.it.pages.LearnerPages;
import org.ziyuanku.it.support.ApiClient;
import org.ziyuanku.it.support.BrowserTest;
import org.ziyuanku.it.support.CrossSite;
import org.ziyuanku.it.support.TestDatabase;
import org.ziyuanku.it.support.TestKeycloak;

/**
 * The learner's page of a 积件 item in the browser: it lists the playable parts (the unpublished one left out) and
 * shows the first with the player, whose script starts the attempt for that part; a forged part is the 404 page;
 * once the first part is complete, "continue" opens that part (the last played), and the other part is one click away.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AssemblyItemPageIT extends BrowserTest {

    private static final String BASE = Deployments.BASE_URL;

    @Test
    void learner_seesTheParts_playsTheFirst_forgedPartIs404_continueOpensTheLastPart() throws Exception {
        TestKeycloak.ensureRunning();
        LearningFixture fixture = LearningFixture.create("ap");
        try {
            long node = fixture.assemblyItem();
            long learnerId = fixture.enrolledLearner("viewer");
            String video = title(fixture.resourceOf(VIDEO));
            String image = title(fixture.resourceOf(IMAGE));
            signInAfresh(fixture.username("viewer"));
            String item = "/console/learning/item.xhtml?offering=" + fixture.offering + "&item=" + node;
            driver.get(BASE + item);
            LearnerPages pages = new LearnerPages(driver, BASE);
            new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> !d.findElements(By.id("parts")).isEmpty());

            assertEquals("积件条目 " + fixture.suffix, pages.itemTitle());
            assertEquals(List.of(video, image), pages.partTitles(), "the unpublished part is left out");
            assertEquals(video, pages.currentPart());
            assertFalse(driver.findElements(By.id("player")).isEmpty(), "the first part's player");
            awaitAttempt(learnerId, fixture.resourceOf(VIDEO));

            CrossSite own = CrossSite.withCookiesOf(driver);
            assertEquals(404, own.own(item + "&part=" + fixture.assemblyDraft).statusCode(), "an unpublished part");
            assertEquals(404, own.own(item + "&part=" + fixture.resourceOf(LearningFixture.AUDIO)).statusCode());
            assertEquals(404, own.own(item + "&part=x1").statusCode());
            assertEquals(200, own.own(item + "&part=" + fixture.resourceOf(IMAGE)).statusCode());

            completeVideoPart(fixture, node);
            driver.get(BASE + "/console/learning/course.xhtml?offering=" + fixture.offering);
            new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> !d.findElements(By.id("outline")).isEmpty());
            assertTrue(pages.continueHref().contains("part=" + fixture.resourceOf(VIDEO)), pages.continueHref());
            pages.pressContinue();
            assertEquals(video, pages.currentPart(), "continue opens the part last played, not the next one");
            assertEquals("COMPLETED", pages.partStatus(video));
            assertEquals("NOT_STARTED", pages.partStatus(image));
            pages.openPart(image);
            assertEquals(image, pages.currentPart());
            awaitAttempt(learnerId, fixture.resourceOf(IMAGE));
        } finally {
            fixture.delete();
        }
    }

    /** Plays the video part to its end through the API with honest beats, as the learner. */
    private static void completeVideoPart(LearningFixture fixture, long node) throws Exception {
        ApiClient learner = ApiClient.as(fixture.username("viewer"));
        HttpResponse<String> started = learner.post("/api/v1/offerings/" + fixture.offering + "/items/" + node
                + "/attempts?part=" + fixture.resourceOf(VIDEO));
        assertEquals(200, started.statusCode(), started.body());
        String path = fixture.heartbeatPath(ApiClient.json(started.body(), "attemptId"));
        String token = ApiClient.json(started.body(), "token");
        Thread.sleep(1_600);
        learner.postJson(path, beat(token, 1, 0, 1_500, null));
        Thread.sleep(1_600);
        HttpResponse<String> last = learner.postJson(path, beat(token, 2, 1_500, 3_000, "\"playing\":false"));
        assertEquals("true", ApiClient.json(last.body(), "completed"), last.body());
    }

    private static String title(long resource) throws SQLException {
        return TestDatabase.queryString("select title from teaching_resource where id = ?", resource);
    }

    /** Waits until the page's script has started an OPEN attempt at that part. */
    private void awaitAttempt(long learnerId, long part) {
        new WebDriverWait(driver, Duration.ofSeconds(20)).withMessage("attempt at part " + part).until(d -> {
            try {
                return TestDatabase.queryLong("select count(*) from learning_attempt where learner_id = ? and"
                        + " part_resource_id = ? and status = 'OPEN'", learnerId, part) > 0;
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
    }
}
