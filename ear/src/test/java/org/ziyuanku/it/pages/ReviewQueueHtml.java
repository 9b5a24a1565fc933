package org.ziyuanku.it.pages;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ziyuanku.it.Deployments;

/**
 * The review queue (console/review/queue.xhtml) read as HTML without a browser: the items of the page shown, the paging
 * summary ({@code data-total}, {@code data-page}, {@code data-size}), the previous/next links and the batch form, which
 * is posted as the page's own form (its view state and PrimeFaces CSP nonce).
 */
public final class ReviewQueueHtml {

    private static final Pattern ROW = Pattern.compile("data-task=\"(\\d+)\" data-subject=\"(\\d+)\"");
    private static final Pattern VIEW_STATE = Pattern.compile(
            "name=\"jakarta\\.faces\\.ViewState\"[^>]*value=\"([^\"]+)\"");
    private static final Pattern NONCE = Pattern.compile("PrimeFaces\\.csp\\.init\\('([^']+)'\\)");
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER).build();

    private ReviewQueueHtml() {
    }

    /** The ids of the items the page lists, in its order. */
    public static List<Long> subjects(String page) {
        List<Long> subjects = new ArrayList<>();
        Matcher row = ROW.matcher(page);
        while (row.find()) {
            subjects.add(Long.parseLong(row.group(2)));
        }
        return subjects;
    }

    /** The task about the item on the page, or -1. */
    public static long taskOf(String page, long subject) {
        Matcher row = ROW.matcher(page);
        while (row.find()) {
            if (Long.parseLong(row.group(2)) == subject) {
                return Long.parseLong(row.group(1));
            }
        }
        return -1;
    }

    /** An attribute of the paging summary ({@code data-total}, {@code data-page}, {@code data-size}), or null. */
    public static String summary(String page, String attribute) {
        return attribute(tag(page, "p", "queueTotal"), attribute);
    }

    /** The path and query of the link ({@code previousPage}, {@code nextPage}), or null when the page has none. */
    public static String link(String page, String id) {
        String href = attribute(tag(page, "a", id), "href");
        return href == null ? null : href.replace("&amp;", "&");
    }

    /** The path and query the batch form posts to. */
    public static String formAction(String page) {
        String action = attribute(tag(page, "form", "queueForm"), "action");
        if (action == null) {
            throw new AssertionError("no batch form on the page");
        }
        return action.replace("&amp;", "&");
    }

    /** Posts the batch form of {@code page} to {@code action} with the fields (name, value, name, value …). */
    public static HttpResponse<String> post(String action, String cookies, String page, String... fields) {
        Matcher viewState = VIEW_STATE.matcher(page);
        Matcher nonce = NONCE.matcher(page);
        if (!viewState.find() || !nonce.find()) {
            throw new AssertionError("no view state or CSP nonce on the page");
        }
        StringBuilder body = new StringBuilder("queueForm=queueForm");
        List<String> all = new ArrayList<>(List.of(fields));
        all.addAll(List.of("jakarta.faces.ViewState", viewState.group(1), "primefaces.nonce", nonce.group(1)));
        for (int i = 0; i + 1 < all.size(); i += 2) {
            body.append('&').append(URLEncoder.encode(all.get(i), StandardCharsets.UTF_8)).append('=')
                    .append(URLEncoder.encode(all.get(i + 1), StandardCharsets.UTF_8));
        }
        HttpRequest request = HttpRequest.newBuilder(URI.create(Deployments.BASE_URL + action))
                .timeout(Duration.ofSeconds(60)).header("Cookie", cookies).header("Accept-Language", "zh-CN")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build();
        try {
            return CLIENT.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The start tag of the element with that id, or null. */
    private static String tag(String page, String element, String id) {
        Matcher tag = Pattern.compile("<" + element + "\\s[^>]*\\bid=\"" + Pattern.quote(id) + "\"[^>]*>")
                .matcher(page);
        return tag.find() ? tag.group() : null;
    }

    /** The value of the attribute in the start tag, or null. */
    private static String attribute(String tag, String name) {
        if (tag == null) {
            return null;
        }
        Matcher value = Pattern.compile("\\s" + Pattern.quote(name) + "=\"([^\"]*)\"").matcher(tag);
        return value.find() ? value.group(1) : null;
    }
}
