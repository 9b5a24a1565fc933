package org.ziyuanku.it.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.ziyuanku.it.Deployments;

/**
 * Signs a user in to the console as a browser does, over plain HTTP and without a browser: the console redirects to
 * the realm's sign-in form, the form is posted with the user's name and the demo password, and the authorization code
 * is brought back to the platform, which opens the session. Answers the platform's cookies (the session cookie
 * among them) as a {@code Cookie} header, e.g. for requests another site makes the victim's browser send. Cookies are
 * kept per server by hand: Keycloak marks its own {@code Secure} even on http://127.0.0.1, which a browser still
 * sends to loopback and {@code java.net.CookieManager} would not. Every request accepts HTML, as a browser's does:
 * without that the platform's OIDC client takes the request for an API call and answers 401 instead of redirecting.
 */
public final class SessionSignIn {

    private static final Pattern FORM = Pattern.compile("action=\"([^\"]*login-actions/authenticate[^\"]*)\"");
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER).build();

    private final Map<String, String> platform = new LinkedHashMap<>();
    private final Map<String, String> realm = new LinkedHashMap<>();

    private SessionSignIn() {
    }

    /**
     * The platform's cookies of a fresh console session of {@code username} (demo password). Starts the realm first
     * when this test JVM has not (a class that signs in before any other started it).
     */
    public static String cookies(String username) {
        TestKeycloak.ensureRunning();
        return new SessionSignIn().signIn(username);
    }

    private String signIn(String username) {
        String console = Deployments.BASE_URL + "/console/index.xhtml";
        String authorize = location(send(get(console), platform), console);
        if (!authorize.startsWith(TestKeycloak.REALM_URL)) {
            throw new AssertionError("the console did not send the browser to the realm: " + authorize);
        }
        HttpResponse<String> form = send(get(authorize), realm);
        Matcher action = FORM.matcher(form.body());
        if (!action.find()) {
            throw new AssertionError("no sign-in form at " + authorize + ": " + form.statusCode());
        }
        String fields = "username=" + Http.encode(username) + "&password=" + Http.encode(TestKeycloak.DEMO_PASSWORD)
                + "&credentialId=";
        HttpResponse<String> posted = send(HttpRequest.newBuilder(URI.create(action.group(1).replace("&amp;", "&")))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(fields)), realm);
        String next = location(posted, authorize);
        for (int hop = 0; hop < 5 && next.startsWith(Deployments.BASE_URL); hop++) {
            HttpResponse<String> page = send(get(next), platform);
            if (page.statusCode() == 200) {
                return header(platform);
            }
            next = location(page, next);
        }
        throw new AssertionError(username + " was not signed in; the realm or platform sent the browser to " + next);
    }

    private HttpRequest.Builder get(String url) {
        return HttpRequest.newBuilder(URI.create(url)).GET();
    }

    private static String location(HttpResponse<String> response, String from) {
        String location = response.headers().firstValue("Location").orElseThrow(() -> new AssertionError(
                "no redirect from " + from + " (" + response.statusCode() + ")"));
        return URI.create(from).resolve(location).toString();
    }

    private static String header(Map<String, String> jar) {
        return jar.entrySet().stream().map(c -> c.getKey() + "=" + c.getValue()).collect(Collectors.joining("; "));
    }

    private static HttpResponse<String> send(HttpRequest.Builder request, Map<String, String> jar) {
        if (!jar.isEmpty()) {
            request.header("Cookie", header(jar));
        }
        try {
            HttpResponse<String> response = CLIENT.send(request.timeout(Duration.ofSeconds(60))
                    .header("Accept", "text/html,application/xhtml+xml,*/*;q=0.8").header("Accept-Language", "zh-CN")
                    .build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            for (String cookie : response.headers().allValues("Set-Cookie")) {
                keep(jar, cookie);
            }
            return response;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void keep(Map<String, String> jar, String setCookie) {
        String pair = setCookie.split(";", 2)[0];
        int equals = pair.indexOf('=');
        if (equals <= 0) {
            return;
        }
        String name = pair.substring(0, equals).strip();
        String value = pair.substring(equals + 1).strip();
        boolean expired = value.isEmpty() || setCookie.toLowerCase(java.util.Locale.ROOT).contains("max-age=0");
        if (expired) {
            jar.remove(name);
        } else {
            jar.put(name, value);
        }
    }
}
