package org.ziyuanku.it.learning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.ziyuanku.it.learning.LearningFixture.IMAGE;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.logging.Logger;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.ziyuanku.it.Deployments;
import org.ziyuanku.it.pages.RealmLoginPage;
import org.ziyuanku.it.support.BrowserTest;
import org.ziyuanku.it.support.CrossSite;
import org.ziyuanku.it.support.SessionSize;
import org.ziyuanku.it.support.TestDatabase;
import org.ziyuanku.it.support.TestKeycloak;

/**
 * The learner's pages in a real browser (Chromium, Keycloak sign-in): my courses lists the offering, the course page
 * offers to start, the item page's script starts an attempt through the API with the page's CSRF token; afterwards the
 * learner's HTTP session, serialised on the server as the distributed session stores it (all attributes in one graph,
 * {@code granularity="SESSION"}), is measured and logged: it stays within the goal of 8 KB. The platform's own
 * attributes (everything but WildFly's OIDC client, which keeps Keycloak's access, refresh and ID tokens) stay within
 * 4 KB. A heartbeat posted from another site with the learner's cookies is refused (403) and changes nothing.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SessionSizeIT extends BrowserTest {

    private static final Logger LOG = Logger.getLogger(SessionSizeIT.class.getName());
    /** What the platform itself keeps: principal, CSRF token, language, Weld's and Mojarra's session maps. */
    private static final long PLATFORM_BYTES = 4 * 1024;
    private static LearningFixture fixture;
    private static long learnerId;
    private static long secondLearnerId;

    @BeforeAll
    static void course() throws Exception {
        TestKeycloak.ensureRunning();
        fixture = LearningFixture.create("ss");
        learnerId = fixture.enrolledLearner("browser");
        secondLearnerId = fixture.enrolledLearner("browser2");
    }

    @AfterAll
    static void deleteWhatWasCreated() throws Exception {
        fixture.delete();
    }

    @Test
    void learnerPages_startAnAttempt_andAddNothingToTheSessionBeyondTheSignIn() throws Exception {
        openLearnerPages("browser", learnerId);

        SessionSize session = SessionSize.of(driver);
        LOG.info(() -> "Learner session after the learning pages: " + session.answer());
        assertTrue(session.bytes() > 0, session.answer());
        assertTrue(session.bytes() <= SessionSize.GOAL_BYTES, "the learner's session is " + session.bytes()
                + " bytes: " + session.answer());
        assertTrue(session.platform() > 0 && session.platform() <= PLATFORM_BYTES, "the platform's own part is "
                + session.platform() + " bytes: " + session.answer());
    }

    @Test
    void heartbeatFromAnotherSite_withTheLearnersCookies_isRefused() throws Exception {
        long learner = secondLearnerId;
        openLearnerPages("browser2", learner);
        String attempt = TestDatabase.queryString("select cast(id as text) from learning_attempt where learner_id = ?"
                + " and status = 'OPEN'", learner);
        long anomalies = TestDatabase.queryLong("select count(*) from progress_anomaly where learner_id = ?",
                learner);
        String before = fixture.progress(learner, IMAGE);

        HttpResponse<String> forged = CrossSite.withCookiesOf(driver).post(fixture.heartbeatPath(attempt), "token",
                "x", "seq", "99", "fromMs", "0", "toMs", "0");

        assertEquals(403, forged.statusCode(), forged.body());
        assertEquals(before, fixture.progress(learner, IMAGE));
        assertEquals(anomalies, TestDatabase.queryLong("select count(*) from progress_anomaly where learner_id = ?",
                learner), "refused before any endpoint ran");
        assertEquals(0, TestDatabase.queryLong("select last_seq from learning_attempt where id = ?",
                Long.parseLong(attempt)));
    }

    /**
     * Signs a learner who has not begun in on my courses, then opens the course (which offers to start) and the image
     * item.
     */
    private void openLearnerPages(String name, long learner) throws Exception {
        openBrowser(1280, 900);
        String item = Deployments.BASE_URL + "/console/learning/item.xhtml?offering=" + fixture.offering + "&item="
                + fixture.item(IMAGE);
        driver.get(Deployments.BASE_URL + "/console/learning/courses.xhtml");
        RealmLoginPage.await(driver, TestKeycloak.REALM_URL).signIn(fixture.username(name),
                TestKeycloak.DEMO_PASSWORD);
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> !d.findElements(By.id("courses")).isEmpty());
        assertTrue(driver.findElement(By.id("courses")).getText().contains("开课 2026-2027-1"),
                driver.getPageSource());
        driver.findElement(By.id("courses")).findElement(By.linkText("开课 2026-2027-1")).click();
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> !d.findElements(By.id("continue")).isEmpty());
        assertEquals("开始学习", driver.findElement(By.id("continue")).getText());
        driver.get(item);
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> {
            try {
                return TestDatabase.queryLong("select count(*) from learning_attempt where learner_id = ? and status"
                        + " = 'OPEN' and offering_node_id = ?", learner, fixture.item(IMAGE)) == 1;
            } catch (java.sql.SQLException e) {
                throw new IllegalStateException(e);
            }
        });
        assertTrue(driver.findElement(By.id("image")).isDisplayed(), "the picture is shown");
    }
}
