package org.ziyuanku.it.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.ziyuanku.it.Deployments;
import org.ziyuanku.it.support.ApiClient;
import org.ziyuanku.it.support.SessionSignIn;
import org.ziyuanku.it.support.TestKeycloak;

/**
 * HTTP caching of anonymous pages (issue 17): validators and 304, {@code Cache-Control: public} only for visitors
 * without a session and never for signed-in pages or bearer calls, a fresh CSP nonce in every cached answer, gzip, and
 * a catalogue whose first answer stays under 40 KB.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class HttpCachingIT {

    private static final String CATALOGUE = "/portal/library/catalogue.xhtml";
    private static final Pattern POLICY_NONCE = Pattern.compile("'nonce-([^']+)'");
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void anonymousPage_isPublic_withEtag_and304_andEachAnswerHasItsOwnMatchingNonce() {
        HttpResponse<String> first = get(CATALOGUE, "Accept", "text/html");
        HttpResponse<String> second = get(CATALOGUE, "Accept", "text/html");
        for (HttpResponse<String> answer : java.util.List.of(first, second)) {
            assertEquals(200, answer.statusCode());
            assertEquals("public, max-age=10", answer.headers().firstValue("Cache-Control").orElse(""));
            assertTrue(answer.headers().firstValue("ETag").isPresent());
            String nonce = nonce(answer);
            assertTrue(answer.body().contains("nonce=\"" + nonce + "\""), "the page's scripts carry the policy's nonce");
            assertFalse(answer.body().replace("nonce=\"" + nonce + "\"", "").contains("nonce=\""), "no other nonce");
        }
        assertNotEquals(nonce(first), nonce(second), "a cached answer gets a fresh nonce");
        assertTrue(first.body().getBytes(StandardCharsets.UTF_8).length <= 40 * 1024, "first catalogue page ≤ 40 KB");
        assertTrue(first.body().contains("共 203 个资源库"), "the summary counts every library");

        String etag = second.headers().firstValue("ETag").orElseThrow();
        HttpResponse<String> unchanged = get(CATALOGUE, "If-None-Match", etag);
        assertEquals(304, unchanged.statusCode());
        assertTrue(unchanged.body().isEmpty());
        assertTrue(unchanged.headers().firstValue("Content-Security-Policy").isEmpty(),
                "a 304 keeps the policy the browser's copy came with");
        assertEquals(200, get(CATALOGUE, "If-None-Match", "W/\"other\"").statusCode());
    }

    @Test
    void anonymousAnswers_areCompressed_andTheRestSearchIsCachedToo() {
        HttpResponse<String> gzip = get("/index.xhtml", "Accept-Encoding", "gzip");
        assertEquals("gzip", gzip.headers().firstValue("Content-Encoding").orElse(""));
        HttpResponse<String> search = get("/api/v1/libraries?q=" + enc("数控"), "Accept", "application/json");
        assertEquals(200, search.statusCode());
        assertTrue(search.headers().firstValue("ETag").isPresent(), search.headers().toString());
        assertTrue(search.body().contains("数控技术"), search.body());
        HttpResponse<String> bad = get("/api/v1/libraries?size=abc", "Accept", "application/json");
        assertEquals(400, bad.statusCode());
        assertTrue(bad.headers().firstValue("ETag").isEmpty(), "an error is never cached");
    }

    @Test
    void signedInPages_andBearerCalls_areNeverPublic() {
        TestKeycloak.ensureRunning();
        String cookies = SessionSignIn.cookies("teacher");
        for (String path : java.util.List.of("/index.xhtml", CATALOGUE, "/portal/resource/search.xhtml?q=" + enc("焊接"),
                "/console/index.xhtml")) {
            HttpResponse<String> page = get(path, "Cookie", cookies, "Accept", "text/html");
            assertEquals(200, page.statusCode(), path);
            String control = page.headers().firstValue("Cache-Control").orElse("");
            assertFalse(control.contains("public"), path + ": " + control);
            assertTrue(page.headers().firstValue("ETag").isEmpty(), path + " is not answered from the cache");
        }
        HttpResponse<String> bearer = ApiClient.as("teacher").get("/api/v1/resources?q=" + enc("焊接"));
        assertEquals(200, bearer.statusCode());
        assertFalse(bearer.headers().firstValue("Cache-Control").orElse("").contains("public"));
        assertTrue(bearer.headers().firstValue("ETag").isEmpty());
    }

    private static String nonce(HttpResponse<String> answer) {
        Matcher m = POLICY_NONCE.matcher(answer.headers().firstValue("Content-Security-Policy").orElse(""));
        assertTrue(m.find(), "the policy has a nonce");
        return m.group(1);
    }

    private static String enc(String text) {
        return java.net.URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    static HttpResponse<String> get(String path, String... headers) {
        return getAt(Deployments.BASE_URL, path, headers);
    }

    static HttpResponse<String> getAt(String base, String path, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30));
        if (headers.length > 0) {
            request.headers(headers);
        }
        try {
            return CLIENT.send(request.GET().build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
