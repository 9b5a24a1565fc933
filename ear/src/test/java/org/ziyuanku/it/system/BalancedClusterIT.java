package org.ziyuanku.it.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.ziyuanku.it.pages.ConsoleHomePage;
import org.ziyuanku.it.pages.RealmLoginPage;
import org.ziyuanku.it.support.Balancer;
import org.ziyuanku.it.support.Browser;
import org.ziyuanku.it.support.Http;
import org.ziyuanku.it.support.TestKeycloak;
import org.ziyuanku.it.support.WildFlyNode;

/**
 * The cluster as {@code ZYK_NODES=2 ./zyk start} runs it (issue 17): two nodes (offsets 400 and 500) behind HAProxy,
 * configured and started by the script's own {@code balancer} functions. A teacher signs in through the balancer.
 * Planned: the node that served them (HAProxy's cookie ZYKNODE) is taken out of the balancer, as {@code ./zyk node
 * stop} does first; the next click is answered by the other node. Unplanned: that other node stops while the first
 * is back; the next page is answered by the first and the teacher is still signed in. Plain HTTP to the balancer is
 * redirected to its HTTPS port.
 */
class BalancedClusterIT {

    private static final int[] JGROUPS = {8000, 8100};
    private static final int BALANCER_HTTPS = 9243;
    private static final int BALANCER_HTTP = 8880;

    @BeforeAll
    static void keycloak() {
        TestKeycloak.ensureRunning();
    }

    @Test
    void signedInThroughTheBalancer_theServingNodeLeaves_theOtherNodeAnswersAndTheUserStaysSignedIn() throws Exception {
        int dbPort = Integer.getInteger("zyk.test.db.port", 55433);
        String dbName = System.getProperty("zyk.test.db.name", "ziyuanku_test");
        try (WildFlyNode node1 = new WildFlyNode("cluster1", 400, JGROUPS, dbPort, dbName).start();
                WildFlyNode node2 = new WildFlyNode("cluster2", 500, JGROUPS, dbPort, dbName).start();
                Balancer balancer = Balancer.start(BALANCER_HTTPS, BALANCER_HTTP, node1, node2)) {
            String front = balancer.baseUrl();
            assertPlainHttpRedirectsTo(front);

            ChromeDriver driver = Browser.open(1280, 900);
            try {
                driver.get(front + "/console/index.xhtml");
                RealmLoginPage.await(driver, TestKeycloak.REALM_URL).signIn("teacher", TestKeycloak.DEMO_PASSWORD);
                assertTrue(ConsoleHomePage.await(driver, front).signedInAs().contains("teacher"));
                String first = servingNode(driver);
                String second = first.equals("node1") ? "node2" : "node1";

                balancer.nodeState(first, "maint");
                clickAConsoleLink(driver, front, "the click after " + first + " was taken out", balancer);
                assertEquals(second, servingNode(driver), "the other node answers while " + first + " is out");

                balancer.nodeState(first, "ready");
                (second.equals("node1") ? node1 : node2).close();
                driver.get(front + "/console/index.xhtml");
                assertTrue(ConsoleHomePage.await(driver, front).signedInAs().contains("teacher"),
                        "still signed in after " + second + " stopped");
                assertEquals(first, servingNode(driver), "the node that is back answers now");
            } finally {
                driver.quit();
            }
        }
    }

    private static String servingNode(ChromeDriver driver) {
        return driver.manage().getCookieNamed("ZYKNODE").getValue();
    }

    private static void clickAConsoleLink(ChromeDriver driver, String front, String when, Balancer balancer) {
        driver.findElement(By.cssSelector("#consoleHome a[href*='/console/']:not(#signOut)")).click();
        new WebDriverWait(driver, Duration.ofSeconds(30)).withMessage(() -> when
                + " was not answered by a console page: " + driver.getCurrentUrl() + " showing " + pageText(driver)
                + "\nbalancer log:\n" + balancer.logTail(20))
                .until(d -> d.getCurrentUrl().startsWith(front + "/console/")
                        && !d.findElements(By.id("main")).isEmpty());
    }

    private static void assertPlainHttpRedirectsTo(String front) throws Exception {
        HttpResponse<String> plain = Http.get("http://127.0.0.1:" + BALANCER_HTTP + "/portal/library/catalogue.xhtml?page=2");
        assertEquals(302, plain.statusCode());
        assertEquals(front + "/portal/library/catalogue.xhtml?page=2", plain.headers().firstValue("Location").orElse(""));
    }

    private static String pageText(ChromeDriver driver) {
        String text = driver.findElement(By.tagName("body")).getText();
        return "'" + driver.getTitle() + "': " + text.substring(0, Math.min(300, text.length()));
    }
}
