package org.ziyuanku.it.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebDriver;
import org.ziyuanku.it.Deployments;

/**
 * Requests another site makes the victim's browser send (cross-site request forgery): the victim's cookies, taken
 * from a browser signed in through Keycloak, with {@code Origin} and {@code Referer} of {@value #EVIL}; links (GET)
 * and form posts. Also the victim's own form post with the page's view state, to show that only the token differs.
 */
public final class CrossSite {

    public static final String EVIL = "http://evil.example";
    private static final String VIEW_STATE = "jakarta.faces.ViewState";
    private static final Pattern VIEW_STATE_VALUE = Pattern.compile("name=\"" + Pattern.quote(VIEW_STATE)
            + "\"[^>]*value=\"([^\"]+)\"");
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER).build();

    private final String cookie;

    private CrossSite(String cookie) {
        this.cookie = cookie;
    }

    /** The cookies the signed-in browser holds for the platform. */
    public static CrossSite withCookiesOf(WebDriver driver) {
        String cookies = driver.manage().getCookies().stream().map(c -> c.getName() + "=" + c.getValue())
                .collect(Collectors.joining("; "));
        if (driver.manage().getCookies().stream().map(Cookie::getName).noneMatch("JSESSIONID"::equals)) {
            throw new AssertionError("the browser holds no session cookie: " + cookies);
        }
        return new CrossSite(cookies);
    }

    /** The cookies of a session signed in without a browser ({@link SessionSignIn#cookies}). */
    public static CrossSite withCookies(String cookies) {
        return new CrossSite(cookies);
    }

    /** A link or an image on the other site: GET with the victim's cookies. */
    public HttpResponse<String> get(String path) {
        return send(request(path, true).GET());
    }

    /** The victim's own page (no foreign Origin), e.g. to read its view state. */
    public HttpResponse<String> own(String path) {
        return send(request(path, false).GET());
    }

    /** A form on the other site posting {@code fields} (name, value, name, value …) with the victim's cookies. */
    public HttpResponse<String> post(String path, String... fields) {
        return send(form(request(path, true), fields));
    }

    /** The victim's own form post: the fields plus the view state of the page at {@code path} just read. */
    public HttpResponse<String> postOwn(String path, String... fields) {
        String page = own(path).body();
        Matcher viewState = VIEW_STATE_VALUE.matcher(page);
        if (!viewState.find()) {
            throw new AssertionError("no view state on " + path);
        }
        String[] withState = Arrays.copyOf(fields, fields.length + 2);
        withState[fields.length] = VIEW_STATE;
        withState[fields.length + 1] = viewState.group(1);
        return send(form(request(path.replaceAll("\\?.*", ""), false), withState));
    }

    /** The value of the page's first input named {@code name}, or null. */
    public static String inputValue(String page, String name) {
        Matcher value = Pattern.compile("name=\"" + Pattern.quote(name) + "\"[^>]*value=\"([^\"]*)\"").matcher(page);
        return value.find() ? value.group(1) : null;
    }

    public static String viewStateParameter() {
        return VIEW_STATE;
    }

    private HttpRequest.Builder request(String path, boolean foreign) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(Deployments.BASE_URL + path))
                .timeout(Duration.ofSeconds(60)).header("Cookie", cookie).header("Accept-Language", "zh-CN");
        if (foreign) {
            request.header("Origin", EVIL).header("Referer", EVIL + "/innocent.html");
        }
        return request;
    }

    private static HttpRequest.Builder form(HttpRequest.Builder request, String... fields) {
        StringBuilder body = new StringBuilder();
        for (int i = 0; i + 1 < fields.length; i += 2) {
            body.append(body.length() == 0 ? "" : "&").append(URLEncoder.encode(fields[i], StandardCharsets.UTF_8))
                    .append('=').append(URLEncoder.encode(fields[i + 1], StandardCharsets.UTF_8));
        }
        return request.header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString()));
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
