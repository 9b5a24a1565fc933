package org.ziyuanku.it.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Locale;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.ziyuanku.it.Deployments;
import org.ziyuanku.it.pages.ConsoleHomePage;
import org.ziyuanku.it.pages.RealmLoginPage;
import org.ziyuanku.it.support.BrowserTest;
import org.ziyuanku.it.support.Http;
import org.ziyuanku.it.support.TestKeycloak;

/**
 * Session fixation: an anonymous session id planted in the victim's browser before sign-in is worthless afterwards.
 * The browser signs in through the real Keycloak with the planted id; it then holds another id (the session, with the
 * language chosen anonymously, carries over), and whoever presents the planted id is not signed in.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SessionFixationIT extends BrowserTest {

    private static final String BASE = Deployments.BASE_URL;

    @BeforeAll
    static void keycloak() {
        TestKeycloak.ensureRunning();
    }

    @Test
    void anonymousSessionCookie_isLaxAndHttpOnly() {
        HttpResponse<String> home = Http.get(BASE + "/?lang=en");
        assertEquals(200, home.statusCode());
        String setCookie = sessionSetCookie(home).toLowerCase(Locale.ROOT);
        assertTrue(setCookie.contains("samesite=lax"), setCookie);
        assertTrue(setCookie.contains("httponly"), setCookie);
        assertTrue(setCookie.contains("secure"), "HTTPS: the Secure flag, " + setCookie);
    }

    @Test
    void favicon_isServedWithoutStartingASession() {
        HttpResponse<String> icon = Http.get(BASE + "/favicon.ico");
        assertEquals(200, icon.statusCode());
        assertTrue(icon.headers().allValues("Set-Cookie").stream().noneMatch(c -> c.startsWith("JSESSIONID=")),
                "a browser's icon request starts no session (it would replace a session cookie) " + icon.headers());
    }

    @Test
    void plantedSessionId_isWorthlessOnceTheVictimSignsIn() throws Exception {
        String planted = sessionId(sessionSetCookie(Http.get(BASE + "/index.xhtml?lang=en")));
        assertTrue(Http.get(BASE + "/index.xhtml", "JSESSIONID=" + planted, null).body().contains("lang=\"en\""),
                "the planted session holds a language chosen anonymously");
        assertNotEquals(200, Http.get(BASE + "/api/v1/me", "JSESSIONID=" + planted, null).statusCode(),
                "the planted session is anonymous before the sign-in");

        openBrowser(1280, 900);
        driver.get(BASE + "/api/v1/health");
        driver.manage().deleteAllCookies();
        driver.manage().addCookie(new Cookie("JSESSIONID", planted, "/"));
        driver.get(BASE + "/index.xhtml");
        assertEquals("en", driver.findElement(By.tagName("html")).getAttribute("lang"),
                "the victim's browser browses in the planted session");
        driver.get(BASE + "/console/index.xhtml");
        RealmLoginPage.await(driver, TestKeycloak.REALM_URL).signIn("teacher", TestKeycloak.DEMO_PASSWORD);
        assertTrue(ConsoleHomePage.await(driver, BASE).signedInAs().contains("teacher"));

        Cookie now = driver.manage().getCookieNamed("JSESSIONID");
        assertNotNull(now, "the browser holds a session cookie");
        assertNotEquals(planted, now.getValue(), "the session id changed at sign-in");
        assertTrue(now.isHttpOnly(), "the session cookie is HttpOnly");
        assertEquals("Lax", now.getSameSite(), "the signed-in session cookie is SameSite=Lax");

        HttpResponse<String> attacker = Http.get(BASE + "/api/v1/me", "JSESSIONID=" + planted, null);
        assertNotEquals(200, attacker.statusCode(), attacker.body());
        assertFalse(attacker.body().contains("\"username\":\"teacher\""), attacker.body());
        HttpResponse<String> attackerConsole = browserLikeGet(BASE + "/console/index.xhtml", "JSESSIONID=" + planted);
        assertEquals(302, attackerConsole.statusCode(), "the planted id opens no console");
        assertTrue(attackerConsole.headers().firstValue("Location").orElse("").startsWith(TestKeycloak.REALM_URL),
                attackerConsole.headers().toString());

        HttpResponse<String> victim = Http.get(BASE + "/api/v1/me", "JSESSIONID=" + now.getValue(), null);
        assertEquals(200, victim.statusCode(), victim.body());
        assertTrue(victim.body().contains("\"username\":\"teacher\""), victim.body());
        assertTrue(Http.get(BASE + "/index.xhtml", "JSESSIONID=" + now.getValue(), null).body().contains("lang=\"en\""),
                "the session's attributes (the language chosen before signing in) carried over to the new id");
    }

    /** A GET as a browser navigates (Accept: text/html), not following redirects. */
    private static HttpResponse<String> browserLikeGet(String url, String cookie) throws Exception {
        HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        return client.send(HttpRequest.newBuilder(URI.create(url)).header("Accept", "text/html,*/*;q=0.8")
                .header("Cookie", cookie).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The Set-Cookie header that starts the session. */
    static String sessionSetCookie(HttpResponse<?> response) {
        return response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
                .findFirst().orElseThrow(() -> new AssertionError("no session cookie: " + response.headers()));
    }

    static String sessionId(String setCookie) {
        return setCookie.substring("JSESSIONID=".length()).split(";", 2)[0];
    }
}
