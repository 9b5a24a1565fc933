package org.ziyuanku.it.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.ziyuanku.it.Deployments;
import org.ziyuanku.it.support.BrowserTest;
import org.ziyuanku.it.support.CrossSite;
import org.ziyuanku.it.support.Http;
import org.ziyuanku.it.support.TestResources;

/**
 * Content-Security-Policy on HTML pages: portal and console pages send a strict policy (scripts only from the platform
 * or with the response's nonce, no 'unsafe-inline' or 'unsafe-eval' for scripts, no plugins, no foreign framing or
 * base, forms only to the platform and Keycloak) besides the other security headers; every inline script carries
 * that nonce and every other script comes from the platform; in Chromium, key pages load without a single CSP
 * violation and PrimeFaces widgets still work, while a script injected into the page without the nonce is refused.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ContentSecurityPolicyPageIT extends BrowserTest {

    private static final String BASE = Deployments.BASE_URL;
    private static final String TEACHER = "csp-teacher-" + (System.currentTimeMillis() % 100_000);
    private static final Pattern NONCE = Pattern.compile("script-src 'self' 'nonce-([A-Za-z0-9+/=_-]{16,})'");

    @BeforeAll
    static void teacher() throws Exception {
        TestResources.contributor(TEACHER);
    }

    @AfterAll
    static void forget() throws Exception {
        TestResources.forget(TEACHER);
    }

    @Test
    void portalAndConsolePages_sendAStrictPolicyWithANonceOnEveryScript() {
        assertStrictPolicy(Http.get(BASE + "/portal/library/catalogue.xhtml"));
        assertStrictPolicy(Http.get(BASE + "/index.xhtml"));
        signInAfresh(TEACHER);
        CrossSite own = CrossSite.withCookiesOf(driver);
        HttpResponse<String> console = own.own("/console/resource/mine.xhtml");
        assertEquals(200, console.statusCode());
        assertStrictPolicy(console);
        assertStrictPolicy(own.own("/console/resource/upload.xhtml"));
    }

    @Test
    void keyPages_runWithoutAViolation_andPrimeFacesWidgetsWork() {
        signInAfresh(TEACHER);
        driver.manage().logs().get("browser");
        List<String> violations = new ArrayList<>();
        for (String page : List.of("/", "/portal/library/catalogue.xhtml", "/portal/resource/search.xhtml",
                "/console/index.xhtml", "/console/resource/mine.xhtml", "/console/resource/upload.xhtml",
                "/console/system/notifications.xhtml", "/console/identity/profile.xhtml")) {
            driver.get(BASE + page);
            violations.addAll(violations(page));
        }
        driver.get(BASE + "/portal/library/catalogue.xhtml");
        driver.findElement(By.id("filters:category")).click();
        new WebDriverWait(driver, Duration.ofSeconds(10))
                .until(d -> d.findElement(By.id("filters:category_panel")).isDisplayed());
        driver.get(BASE + "/console/resource/upload.xhtml");
        driver.findElement(By.id("uploadForm:library")).click();
        new WebDriverWait(driver, Duration.ofSeconds(10))
                .until(d -> d.findElement(By.id("uploadForm:library_panel")).isDisplayed());
        violations.addAll(violations("widgets"));
        assertTrue(violations.isEmpty(), String.join("\n", violations));
    }

    @Test
    void anInlineScriptWithoutTheNonce_isRefusedAndReported() {
        openBrowser(1280, 900);
        driver.get(BASE + "/portal/library/catalogue.xhtml");
        driver.manage().logs().get("browser");
        Object ran = ((JavascriptExecutor) driver).executeScript("var s = document.createElement('script');"
                + " s.textContent = 'window.zykInjected = true;'; document.head.appendChild(s);"
                + " return window.zykInjected === true;");
        assertEquals(Boolean.FALSE, ran, "an injected inline script ran");
        assertFalse(violations("injected").isEmpty(), "Chromium reported no violation for the injected script");
    }

    private List<String> violations(String page) {
        return driver.manage().logs().get("browser").getAll().stream().map(LogEntry::getMessage)
                .filter(m -> m.contains("Content Security Policy") || m.contains("Content-Security-Policy"))
                .map(m -> page + ": " + m).toList();
    }

    private static void assertStrictPolicy(HttpResponse<String> page) {
        String uri = page.uri().toString();
        String policy = page.headers().firstValue("Content-Security-Policy").orElse("");
        Matcher nonce = NONCE.matcher(policy);
        assertTrue(nonce.find(), uri + " policy: " + policy);
        String scripts = policy.substring(policy.indexOf("script-src"));
        assertFalse(scripts.contains("unsafe-inline") || scripts.contains("unsafe-eval"), policy);
        assertFalse(policy.contains("default-src *") || policy.contains("script-src *"), policy);
        for (String directive : List.of("default-src 'self'", "object-src 'none'", "base-uri 'self'",
                "frame-ancestors 'self'", "form-action 'self'")) {
            assertTrue(policy.contains(directive), uri + " lacks " + directive + ": " + policy);
        }
        assertEquals("nosniff", page.headers().firstValue("X-Content-Type-Options").orElse(""), uri);
        assertEquals("SAMEORIGIN", page.headers().firstValue("X-Frame-Options").orElse(""), uri);
        Matcher script = Pattern.compile("<script\\b[^>]*>").matcher(page.body());
        int count = 0;
        while (script.find()) {
            String tag = script.group();
            if (tag.contains(" src=")) {
                assertTrue(tag.contains(" src=\"/"), uri + " loads a foreign script: " + tag);
            } else {
                count++;
                assertTrue(tag.contains("nonce=\"" + nonce.group(1) + "\""), uri + ": " + tag);
            }
        }
        assertTrue(count > 0, uri + " has no inline script of PrimeFaces to check");
    }
}
