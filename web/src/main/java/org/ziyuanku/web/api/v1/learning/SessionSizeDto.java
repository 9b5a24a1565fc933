package org.ziyuanku.web.api.v1.learning;

import java.util.Map;

/**
 * The caller's own HTTP session as this node holds it: serialised bytes in total and per attribute ({@code -1} for
 * an attribute that cannot be serialised); {@code bytes} is 0 without a session (bearer-token calls).
 */
public record SessionSizeDto(long bytes, int attributes, Map<String, Integer> sizes) {
}
