package org.ziyuanku.it.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.ziyuanku.it.Deployments;

/**
 * API calls another site makes a signed-in victim's browser send (cross-site request forgery): the victim's session
 * cookies from a console sign-in ({@link SessionSignIn}, no browser), {@code Origin} and {@code Referer} of
 * {@value CrossSite#EVIL}, a JSON body or none. {@link #assertLive} shows first that the cookies are a live session of
 * the victim, so a refusal is the forgery check's and not a missing sign-in.
 */
public final class CrossSiteApi {

    /** What the platform answers a cross-site change, in Chinese (the language the forged request asks for). */
    public static final String REFUSED_ZH = "请求被拒绝：修改数据的请求必须从本平台的页面发出并带有页面的安全令牌，或使用访问令牌（Bearer）";
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER).build();

    private final String username;
    private final String cookies;

    private CrossSiteApi(String username, String cookies) {
        this.username = username;
        this.cookies = cookies;
    }

    /** Signs the victim in to the console and keeps their cookies. */
    public static CrossSiteApi victim(String username) {
        return new CrossSiteApi(username, SessionSignIn.cookies(username));
    }

    /**
     * The victim's own read of {@code /api/v1/me} with these cookies names them: the session is live. (It accepts HTML
     * too, as a browser does: the OIDC client takes a request that does not for a bearer-token call.)
     */
    public void assertLive() {
        HttpResponse<String> me = send(request("/api/v1/me", false).setHeader("Accept", "text/html, application/json")
                .GET());
        assertEquals(200, me.statusCode(), "the cookies are no live session: " + me.body());
        assertEquals(username, ApiClient.json(me.body(), "username"), me.body());
    }

    /** The forged request: the victim's cookies from the other site, with the JSON body (or none when null). */
    public HttpResponse<String> send(String method, String path, String json) {
        HttpRequest.Builder request = request(path, true);
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        return send(request.method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)));
    }

    /** Asserts the platform's cross-site refusal: 403, {@code cross_site_request}, the Chinese message. */
    public static void assertRefused(HttpResponse<String> response) {
        String call = response.request().method() + " " + response.request().uri().getPath() + ": ";
        assertEquals(403, response.statusCode(), call + response.body());
        assertEquals("cross_site_request", ApiClient.json(response.body(), "error"), call + response.body());
        assertEquals(REFUSED_ZH, ApiClient.json(response.body(), "message"), call + response.body());
    }

    private HttpRequest.Builder request(String path, boolean foreign) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(Deployments.BASE_URL + path))
                .timeout(Duration.ofSeconds(60)).header("Cookie", cookies).header("Accept", "application/json")
                .header("Accept-Language", "zh-CN");
        if (foreign) {
            request.header("Origin", CrossSite.EVIL).header("Referer", CrossSite.EVIL + "/innocent.html");
        }
        return request;
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) {
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
