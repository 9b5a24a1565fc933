package org.ziyuanku.web.api;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;

/**
 * Whether a request was sent by a page of the platform itself: its {@code Origin} header (or, when a browser sends
 * none, the origin of its {@code Referer}) equals the platform's public origin, that of {@code zyk.public.url}
 * ({@code ZYK_PUBLIC_URL}) when it is set, else the request's own scheme, host and port.
 */
public final class SameOrigin {

    private SameOrigin() {
    }

    /** The configured public URL ({@code -Dzyk.public.url}, else {@code ZYK_PUBLIC_URL}), or null when unset. */
    public static String configuredPublicUrl() {
        String value = System.getProperty("zyk.public.url");
        if (value == null || value.isBlank()) {
            value = System.getenv("ZYK_PUBLIC_URL");
        }
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** The origin the platform's pages have: the configured public URL's, else the request's own. */
    public static String expected(String configuredPublicUrl, String scheme, String host, int port) {
        if (configuredPublicUrl != null) {
            return originOf(configuredPublicUrl).orElseThrow(() -> new IllegalStateException(
                    "zyk.public.url is not an http(s) URL: " + configuredPublicUrl));
        }
        String bracketed = host.indexOf(':') >= 0 && !host.startsWith("[") ? "[" + host + "]" : host;
        return originOf(scheme + "://" + bracketed + ":" + port).orElse("");
    }

    /** Whether the Origin header, or without one the Referer, names exactly the expected origin. */
    public static boolean matches(String origin, String referer, String expected) {
        String presented = origin != null ? origin : referer;
        return presented != null && !expected.isEmpty() && originOf(presented).filter(expected::equals).isPresent();
    }

    /**
     * The origin of an http(s) URL as a browser writes it: lower-case scheme and host, the port only when it is not the
     * scheme's default; empty for anything else (including the opaque origin {@code null}).
     */
    public static Optional<String> originOf(String url) {
        try {
            URI uri = new URI(url.strip());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
                return Optional.empty();
            }
            int port = uri.getPort();
            boolean defaultPort = port == -1 || scheme.equals("http") && port == 80 || scheme.equals("https") && port == 443;
            return Optional.of(scheme + "://" + uri.getHost().toLowerCase(Locale.ROOT) + (defaultPort ? "" : ":" + port));
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }
}
