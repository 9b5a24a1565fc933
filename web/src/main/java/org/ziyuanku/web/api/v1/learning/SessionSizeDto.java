package org.ziyuanku.web.api.v1.learning;

import java.util.Map;

/**
 * The caller's own HTTP session as this node holds it: {@code bytes}, all attributes serialised as one graph (as the
 * distributed session stores it; {@code -1} when something in it cannot be serialised), {@code separately}, the sum of
 * each attribute serialised alone, and the size per attribute ({@code -1} for one that cannot be serialised); all 0
 * without a session (bearer-token calls).
 */
public record SessionSizeDto(long bytes, long separately, int attributes, Map<String, Integer> sizes) {
}
