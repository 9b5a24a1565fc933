package org.ziyuanku.it.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.ziyuanku.it.Deployments;
import org.ziyuanku.it.pages.ConsoleHomePage;
import org.ziyuanku.it.support.ApiClient;
import org.ziyuanku.it.support.BrowserTest;
import org.ziyuanku.it.support.TestDatabase;
import org.ziyuanku.it.support.TestResources;

/**
 * Cross-site request forgery against the API (issue 11, defect 3): a teacher signs in through the real Keycloak in
 * Chromium; their session cookie is then replayed from "another site" (Origin http://evil.example) for a text/plain
 * submission, a multipart upload and marking all notifications read: each is refused with 403 and changes nothing.
 * From the platform's own origin the cookie needs the page's token as well; a bearer token needs neither.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ApiCsrfIT extends BrowserTest {

    private static final String BASE = Deployments.BASE_URL;
    private static final String EVIL = "http://evil.example";
    private static final String SUFFIX = Long.toString(System.currentTimeMillis() % 100_000);
    private static final String TEACHER = "csrf-teacher-" + SUFFIX;
    private static final String REFUSED_ZH = "请求被拒绝：修改数据的请求必须从本平台的页面发出并带有页面的安全令牌，或使用访问令牌（Bearer）";
    private static final String REFUSED_EN = "Request refused: a request that changes data must be sent from a page of"
            + " this platform with its security token, or carry an access token (Bearer)";
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER).build();
    private static long library;

    /** What the victim's browser holds: the platform's cookies and the token its pages carry. */
    private record Victim(String cookie, String token) {
    }

    @BeforeAll
    static void teacher() throws Exception {
        library = TestResources.contributor(TEACHER);
    }

    @AfterAll
    static void deleteWhatWasCreated() throws Exception {
        TestResources.forget(TEACHER);
    }

    @Test
    void crossSiteRequests_withTheVictimsCookie_areRefused_andChangeNothing() throws Exception {
        Victim victim = signedIn();
        long draft = draft("cross");
        long uploads = TestResources.uploadsOf(TEACHER);
        unreadNotification();

        HttpResponse<String> submit = send(victim, "POST", "/api/v1/resources/" + draft + "/submission",
                "text/plain", "x".getBytes(StandardCharsets.UTF_8), "Origin", EVIL);
        assertRefused(submit, REFUSED_ZH);
        assertEquals("DRAFT", status(draft), "the cross-site submission changed nothing");

        String boundary = "zyk-" + UUID.randomUUID();
        HttpResponse<String> upload = send(victim, "POST", "/api/v1/libraries/" + library + "/resources",
                "multipart/form-data; boundary=" + boundary, multipart(boundary), "Origin", EVIL);
        assertRefused(upload, REFUSED_ZH);
        assertEquals(uploads, TestResources.uploadsOf(TEACHER), "no row was added");

        HttpResponse<String> readAll = send(victim, "POST", "/api/v1/notifications/read-all", null, null,
                "Origin", EVIL, "Accept-Language", "en");
        assertRefused(readAll, REFUSED_EN);
        assertEquals(1, unread(), "the notification is still unread");

        assertRefused(send(victim, "POST", "/api/v1/notifications/read-all", null, null, "Origin", EVIL,
                "X-CSRF-Token", victim.token()), REFUSED_ZH);
        assertRefused(send(victim, "POST", "/api/v1/notifications/read-all", null, null, "Referer", EVIL + "/page"),
                REFUSED_ZH);
        assertEquals(1, unread(), "even with the token, another origin changes nothing");

        HttpResponse<String> read = send(victim, "GET", "/api/v1/notifications", null, null, "Origin", EVIL);
        assertEquals(200, read.statusCode(), "safe methods are never blocked: " + read.body());
    }

    @Test
    void sameOrigin_needsThePagesToken_thenSubmitsUploadsAndMarksRead() throws Exception {
        Victim victim = signedIn();
        long draft = draft("same");
        unreadNotification();

        assertRefused(send(victim, "POST", "/api/v1/resources/" + draft + "/submission", null, null, "Origin", BASE),
                REFUSED_ZH);
        assertRefused(send(victim, "POST", "/api/v1/resources/" + draft + "/submission", null, null, "Origin", BASE,
                "X-CSRF-Token", "forged-" + victim.token()), REFUSED_ZH);
        assertEquals("DRAFT", status(draft), "without the page's token nothing changed");

        assertFalse(victim.token().isBlank(), "the signed-in page carries the token in <meta name=\"zyk-csrf\">");
        HttpResponse<String> submit = send(victim, "POST", "/api/v1/resources/" + draft + "/submission", null, null,
                "Origin", BASE, "X-CSRF-Token", victim.token());
        assertEquals(200, submit.statusCode(), submit.body());
        assertEquals("IN_REVIEW", status(draft));
        assertRefused(send(victim, "DELETE", "/api/v1/resources/" + draft + "/submission", null, null,
                "Origin", EVIL), REFUSED_ZH);
        assertRefused(send(victim, "POST", "/api/v1/resources/" + draft + "/take-down", "application/json",
                "{\"reason\":\"x\"}".getBytes(StandardCharsets.UTF_8), "Origin", EVIL), REFUSED_ZH);
        assertEquals("IN_REVIEW", status(draft), "a cross-site withdrawal or take-down changed nothing");
        HttpResponse<String> malformed = send(victim, "DELETE", "/api/v1/resources/not-an-id/submission", null, null,
                "Origin", BASE, "X-CSRF-Token", victim.token());
        assertEquals(404, malformed.statusCode(), "a malformed id names nothing: " + malformed.body());

        long uploads = TestResources.uploadsOf(TEACHER);
        String boundary = "zyk-" + UUID.randomUUID();
        HttpResponse<String> upload = send(victim, "POST", "/api/v1/libraries/" + library + "/resources",
                "multipart/form-data; boundary=" + boundary, multipart(boundary),
                "Referer", BASE + "/console/resource/upload.xhtml", "X-CSRF-Token", victim.token());
        assertEquals(201, upload.statusCode(), upload.body());
        assertEquals(uploads + 1, TestResources.uploadsOf(TEACHER));

        HttpResponse<String> readAll = send(victim, "POST", "/api/v1/notifications/read-all", null, null,
                "Origin", BASE, "X-CSRF-Token", victim.token());
        assertEquals(204, readAll.statusCode(), readAll.body());
        assertEquals(0, unread());
    }

    @Test
    void bearerToken_withoutOriginOrToken_isNotACrossSiteRequest() throws Exception {
        long draft = draft("bearer");
        unreadNotification();

        HttpResponse<String> submit = ApiClient.as(TEACHER).post("/api/v1/resources/" + draft + "/submission");
        assertEquals(200, submit.statusCode(), submit.body());
        assertEquals("IN_REVIEW", status(draft));
        assertEquals(204, ApiClient.as(TEACHER).post("/api/v1/notifications/read-all").statusCode());
        assertEquals(0, unread());
    }

    private Victim signedIn() {
        signInAfresh(TEACHER);
        ConsoleHomePage.await(driver, BASE);
        String cookie = driver.manage().getCookies().stream().map(c -> c.getName() + "=" + c.getValue())
                .collect(Collectors.joining("; "));
        String token = driver.findElements(By.cssSelector("meta[name='zyk-csrf']")).stream()
                .map(meta -> meta.getAttribute("content")).filter(Objects::nonNull).findFirst().orElse("");
        return new Victim(cookie, token);
    }

    /** A draft uploaded by the teacher through the API (bearer token); returns its id. */
    private static long draft(String name) {
        HttpResponse<String> created = ApiClient.as(TEACHER).upload("/api/v1/libraries/" + library + "/resources",
                "csrf-" + name + "-" + SUFFIX + ".png", TestResources.sample("sample.png"),
                ApiClient.fields("courseName", "焊接工艺"));
        assertEquals(201, created.statusCode(), created.body());
        return Long.parseLong(ApiClient.json(created.body(), "id"));
    }

    private static void unreadNotification() throws SQLException {
        TestDatabase.update("delete from notification where recipient_id = (select id from user_account"
                + " where username = ?)", TEACHER);
        TestDatabase.update("insert into notification (id, recipient_id, message_key, message_args, link, created_at)"
                + " values (nextval('notification_seq'), (select id from user_account where username = ?),"
                + " 'notification.review.waiting', '[\"csrf\",\"焊接\",\"1\"]', '/console/review/queue.xhtml', now())",
                TEACHER);
    }

    private static long unread() throws SQLException {
        return TestDatabase.queryLong("select count(*) from notification n join user_account u on u.id ="
                + " n.recipient_id where u.username = ? and n.read_at is null", TEACHER);
    }

    private static String status(long resource) throws SQLException {
        return TestDatabase.queryString("select status from teaching_resource where id = ?", resource);
    }

    private static void assertRefused(HttpResponse<String> response, String message) {
        assertEquals(403, response.statusCode(), response.body());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/json"),
                response.headers().toString());
        assertEquals("cross_site_request", ApiClient.json(response.body(), "error"), response.body());
        assertEquals(message, ApiClient.json(response.body(), "message"), response.body());
    }

    private static byte[] multipart(String boundary) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"courseName\"\r\n\r\n焊接工艺\r\n--"
                + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"csrf-upload-"
                + UUID.randomUUID() + ".png\"\r\nContent-Type: image/png\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(TestResources.sample("sample.png"));
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return body.toByteArray();
    }

    /** A request with the victim's cookie, as a browser would send it for a form or script of the given origin. */
    private static HttpResponse<String> send(Victim victim, String method, String path, String contentType,
            byte[] body, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(BASE + path)).timeout(Duration.ofSeconds(60))
                .header("Cookie", victim.cookie())
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        if (headers.length > 0) {
            request.headers(headers);
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
