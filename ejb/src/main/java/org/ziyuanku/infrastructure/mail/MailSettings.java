package org.ziyuanku.infrastructure.mail;

import java.util.Optional;

/**
 * Where mail goes and how links in it start: each value from the system property {@code zyk.smtp.*} (or
 * {@code zyk.public.url}), else the environment variable {@code ZYK_SMTP_*} ({@code ZYK_PUBLIC_URL}), else the default.
 * No host means no SMTP server: mail is only logged.
 */
public record MailSettings(Optional<String> host, int port, String from, Optional<String> user, String password,
        boolean startTls, String publicUrl) {

    public static final String DEFAULT_FROM = "noreply@ziyuanku.local";
    public static final String DEFAULT_PUBLIC_URL = "https://localhost:8443";

    public static MailSettings fromEnvironment() {
        return new MailSettings(value("zyk.smtp.host"), value("zyk.smtp.port").map(Integer::parseInt).orElse(25),
                value("zyk.smtp.from").orElse(DEFAULT_FROM), value("zyk.smtp.user"),
                value("zyk.smtp.password").orElse(""), value("zyk.smtp.starttls").map(Boolean::parseBoolean)
                .orElse(false), value("zyk.public.url").orElse(DEFAULT_PUBLIC_URL).replaceAll("/+$", ""));
    }

    /** The absolute address of a platform-relative path ("/…"); null stays null, absolute stays as it is. */
    public String absolute(String link) {
        if (link == null || link.isBlank()) {
            return null;
        }
        if (link.startsWith("http://") || link.startsWith("https://")) {
            return link;
        }
        return publicUrl + (link.startsWith("/") ? link : "/" + link);
    }

    private static Optional<String> value(String property) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            value = System.getenv(property.toUpperCase().replace('.', '_'));
        }
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.strip());
    }
}
