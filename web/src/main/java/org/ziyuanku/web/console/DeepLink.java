package org.ziyuanku.web.console;

import java.io.Serializable;
import java.util.Optional;

/**
 * A console page asked for with a query string before its visitor signed in, kept in the session so that the
 * visitor lands on it, parameters included, after the identity provider sends them back (WildFly's OIDC client
 * returns to the path alone). Only relative paths under {@code /console/} of this application are kept, so the
 * redirect back can never leave the site.
 *
 * @param path the path within the application, e.g. {@code /console/identity/members.xhtml}
 * @param query the query string without {@code ?}
 * @param savedAt when it was kept (epoch milliseconds)
 */
public record DeepLink(String path, String query, long savedAt) implements Serializable {

    /** The session attribute that holds the pending link. */
    public static final String ATTRIBUTE = "org.ziyuanku.deepLink";
    static final long MAX_AGE_MILLIS = 10 * 60 * 1000L;
    static final int MAX_LENGTH = 2000;

    /**
     * The link to keep for a request, if it is one: a path under {@code /console/} without dot segments, double
     * slashes, backslashes or control characters, and a query that is not the identity provider's answer.
     */
    public static Optional<DeepLink> of(String path, String query, long now) {
        if (path == null || query == null || query.isEmpty() || !isSafePath(path) || isProviderAnswer(query)
                || path.length() + query.length() > MAX_LENGTH || hasControlCharacters(query)) {
            return Optional.empty();
        }
        return Optional.of(new DeepLink(path, query, now));
    }

    /** Whether a query string is the identity provider's answer ({@code code} and {@code state}), not the user's. */
    public static boolean isProviderAnswer(String query) {
        boolean code = false;
        boolean state = false;
        for (String pair : query.split("&")) {
            code |= pair.startsWith("code=");
            state |= pair.startsWith("state=");
        }
        return code && state;
    }

    /** Whether this link is the one to return to for a request of {@code requestPath} at {@code now}. */
    public boolean leadsBackFrom(String requestPath, long now) {
        return path.equals(requestPath) && now - savedAt <= MAX_AGE_MILLIS && now >= savedAt;
    }

    /** The target within the application: path and query. */
    public String target() {
        return path + "?" + query;
    }

    private static boolean isSafePath(String path) {
        return path.startsWith("/console/") && !path.contains("//") && !path.contains("\\")
                && !path.contains("/../") && !path.contains("/./") && !hasControlCharacters(path);
    }

    private static boolean hasControlCharacters(String text) {
        return text.chars().anyMatch(c -> c < 0x20 || c == 0x7f);
    }
}
