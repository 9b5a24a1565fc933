package org.ziyuanku.it.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.ziyuanku.it.pages.ConsoleHomePage;
import org.ziyuanku.it.pages.RealmLoginPage;
import org.ziyuanku.it.support.Browser;
import org.ziyuanku.it.support.Http;
import org.ziyuanku.it.support.TestKeycloak;
import org.ziyuanku.it.support.WildFlyNode;

/**
 * Two WildFly nodes on loopback (offsets 400 and 500, JGroups over TCP on ports 8000 and 8100) form one cluster:
 * the visitor's language, kept in the replicated HTTP session, is written through node 1, read through node 2 with
 * the same session cookie, and still read there after node 1 has stopped. A user who signs in through node 1 gets a
 * new session id that both nodes accept and the old one neither; signing out through node 2 signs them out on node 1
 * too. A learner who started an exam and saved an answer through node 1 finishes it through node 2 after node 1 has
 * stopped, with the same attempt, deadline and saved answer ({@link ExamOnTwoNodes}).
 */
class TwoNodeClusterIT {

    @BeforeAll
    static void keycloak() {
        TestKeycloak.ensureRunning();
    }

    private static final int[] JGROUPS = {8000, 8100};

    @Test
    void sessionWrittenOnNodeOne_isReadOnNodeTwo_andSurvivesNodeOneStopping() throws Exception {
        int dbPort = Integer.getInteger("zyk.test.db.port", 55433);
        String dbName = System.getProperty("zyk.test.db.name", "ziyuanku_test");
        try (WildFlyNode node1 = new WildFlyNode("cluster1", 400, JGROUPS, dbPort, dbName).start();
                WildFlyNode node2 = new WildFlyNode("cluster2", 500, JGROUPS, dbPort, dbName).start()) {

            HttpResponse<String> english = Http.get(node1.baseUrl() + "/index.xhtml?lang=en");
            assertEquals(200, english.statusCode());
            assertTrue(english.body().contains("Library catalogue"), "node 1 switched to English");
            String cookie = english.headers().firstValue("Set-Cookie").map(c -> c.split(";", 2)[0]).orElse(null);
            assertNotNull(cookie, "node 1 issued a session cookie");

            HttpResponse<String> fresh = Http.get(node2.baseUrl() + "/index.xhtml");
            assertTrue(fresh.body().contains("资源库目录"), "without the cookie node 2 speaks Chinese");

            HttpResponse<String> onNode2 = Http.get(node2.baseUrl() + "/index.xhtml", cookie, null);
            assertTrue(onNode2.body().contains("Library catalogue") && onNode2.body().contains("lang=\"en\""),
                    "node 2 reads the session written through node 1");

            signInOnOneNode_signOutOnTheOther_endsTheSessionOnBoth(node1.baseUrl(), node2.baseUrl());
            ExamOnTwoNodes exam = ExamOnTwoNodes.publishedThrough(node1.baseUrl());
            exam.startAndAnswerFirstThrough(node1.baseUrl());

            node1.close();
            exam.resumeAndSubmitThrough(node2.baseUrl());
            HttpResponse<String> afterFailover = Http.get(node2.baseUrl() + "/portal/library/catalogue.xhtml", cookie, null);
            assertEquals(200, afterFailover.statusCode());
            assertTrue(afterFailover.body().contains("203 libraries in 20 major categories"),
                    "the session survives node 1 stopping");
        }
    }

    private static void signInOnOneNode_signOutOnTheOther_endsTheSessionOnBoth(String node1, String node2) {
        ChromeDriver driver = Browser.open(1280, 900);
        try {
            driver.get(node1 + "/index.xhtml?lang=en");
            String anonymous = driver.manage().getCookieNamed("JSESSIONID").getValue();
            driver.get(node1 + "/console/index.xhtml");
            RealmLoginPage.await(driver, TestKeycloak.REALM_URL).signIn("teacher", TestKeycloak.DEMO_PASSWORD);
            assertTrue(ConsoleHomePage.await(driver, node1).signedInAs().contains("teacher"));
            String signedIn = driver.manage().getCookieNamed("JSESSIONID").getValue();
            assertNotEquals(anonymous, signedIn, "signing in on node 1 changed the session id");
            for (String node : new String[] {node1, node2}) {
                HttpResponse<String> me = Http.get(node + "/api/v1/me", "JSESSIONID=" + signedIn, null);
                assertEquals(200, me.statusCode(), node + " accepts the new id: " + me.body());
                assertTrue(me.body().contains("\"username\":\"teacher\""), me.body());
                HttpResponse<String> old = Http.get(node + "/api/v1/me", "JSESSIONID=" + anonymous, null);
                assertEquals(401, old.statusCode(), node + " refuses the id from before the sign-in: " + old.body());
            }

            driver.get(node2 + "/console/index.xhtml");
            ConsoleHomePage.await(driver, node2).signOut(node2);

            driver.get(node1 + "/console/index.xhtml");
            RealmLoginPage.await(driver, TestKeycloak.REALM_URL);
            assertTrue(driver.findElements(By.id("roles")).isEmpty(), "node 1 no longer knows the user");
        } finally {
            driver.quit();
        }
    }
}
