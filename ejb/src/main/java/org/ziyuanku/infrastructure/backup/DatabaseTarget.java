package org.ziyuanku.infrastructure.backup;

import java.util.Locale;

/**
 * The platform's database as the datasource reaches it (wildfly-config/cli/datasource.cli): each setting from the
 * system property {@code zyk.db.*}, else the environment variable {@code ZYK_DB_*}, else the same default.
 */
public record DatabaseTarget(String host, String port, String name, String user, String password) {

    /** The settings the running server's datasource uses. */
    public static DatabaseTarget fromSystem() {
        return new DatabaseTarget(setting("host", "127.0.0.1"), setting("port", "55432"), setting("name", "ziyuanku"),
                setting("user", "ziyuanku"), setting("password", "ziyuanku"));
    }

    private static String setting(String key, String fallback) {
        String value = System.getProperty("zyk.db." + key);
        if (value == null || value.isBlank()) {
            value = System.getenv("ZYK_DB_" + key.toUpperCase(Locale.ROOT));
        }
        return value == null || value.isBlank() ? fallback : value;
    }

    @Override
    public String toString() {
        return user + "@" + host + ":" + port + "/" + name;
    }
}
