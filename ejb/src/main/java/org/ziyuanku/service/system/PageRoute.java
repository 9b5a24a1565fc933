package org.ziyuanku.service.system;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A page of the platform named the way business code may name it: a route name such as {@code review.queue} and its
 * parameters ({@code review.task} with {@code id=12}), never a path. The web module owns the paths and publishes them
 * to {@link PageRoutes} when it starts; stored as {@code name} or {@code name?key=value&…} (notifications keep it).
 */
public record PageRoute(String name, Map<String, String> parameters) {

    private static final Pattern NAME = Pattern.compile("[a-z][a-zA-Z0-9]*(\\.[a-z][a-zA-Z0-9-]*)+");

    public PageRoute {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("not a route name: " + name);
        }
        parameters = parameters == null ? Map.of() : Map.copyOf(new TreeMap<>(parameters));
    }

    /** The route without parameters. */
    public static PageRoute of(String name) {
        return new PageRoute(name, Map.of());
    }

    /** The stored form: the name, then the parameters in key order as a URL query. */
    public String encode() {
        if (parameters.isEmpty()) {
            return name;
        }
        return name + "?" + new TreeMap<>(parameters).entrySet().stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue())).collect(Collectors.joining("&"));
    }

    /** The route a stored form names. @throws IllegalArgumentException for anything else (such as a path) */
    public static PageRoute decode(String stored) {
        Objects.requireNonNull(stored, "stored");
        int query = stored.indexOf('?');
        if (query < 0) {
            return of(stored);
        }
        Map<String, String> parameters = new LinkedHashMap<>();
        Arrays.stream(stored.substring(query + 1).split("&")).filter(p -> !p.isEmpty()).forEach(p -> {
            int eq = p.indexOf('=');
            parameters.put(unescape(eq < 0 ? p : p.substring(0, eq)), eq < 0 ? "" : unescape(p.substring(eq + 1)));
        });
        return new PageRoute(stored.substring(0, query), parameters);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static String unescape(String value) {
        return URLDecoder.decode(value, StandardCharsets.UTF_8);
    }
}
