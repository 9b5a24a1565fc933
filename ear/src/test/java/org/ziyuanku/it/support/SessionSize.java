package org.ziyuanku.it.support;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.ziyuanku.it.Deployments;

/**
 * The signed-in browser's own HTTP session as the server serialises it ({@code /api/v1/learning/session-size}):
 * {@code bytes} is the whole attribute map written as one graph, as the distributed session ships it; {@code platform}
 * leaves out WildFly's OIDC client (Keycloak's access, refresh and ID tokens), what the platform itself keeps.
 */
public record SessionSize(long bytes, long platform, String answer) {

    /** The goal for the whole session, the OIDC client's tokens included. */
    public static final long GOAL_BYTES = 8 * 1024;

    private static final Pattern SIZE = Pattern.compile("\"([^\"]+)\":(\\d+)");

    /** Measures the session of the browser's cookies (the browser leaves its page for the answer). */
    public static SessionSize of(WebDriver driver) {
        driver.get(Deployments.BASE_URL + "/api/v1/learning/session-size");
        String answer = driver.findElement(By.tagName("body")).getText();
        long platform = 0;
        Matcher attribute = SIZE.matcher(answer.substring(Math.max(answer.indexOf("\"sizes\""), 0)));
        while (attribute.find()) {
            if (!attribute.group(1).startsWith("org.wildfly.security.http.oidc.")) {
                platform += Long.parseLong(attribute.group(2));
            }
        }
        return new SessionSize(Long.parseLong(ApiClient.json(answer, "bytes")), platform, answer);
    }
}
