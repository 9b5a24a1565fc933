package org.ziyuanku.infrastructure.backup;

import java.util.Locale;

/**
 * A PostgreSQL database pg_dump reads. The platform's as the datasource reaches it (wildfly-config/cli/datasource.cli):
 * each setting from the system property {@code zyk.db.*}, else the environment variable {@code ZYK_DB_*}, else the
 * same default. Keycloak's (production mode, issue 18 item 6) from {@code zyk.keycloak.db.*} /
 * {@code ZYK_KEYCLOAK_DB_*}: host and port default to the platform's, database and role to {@code keycloak}.
 */
public record DatabaseTarget(String host, String port, String name, String user, String password) {

    /** The settings the running server's datasource uses. */
    public static DatabaseTarget fromSystem() {
        return new DatabaseTarget(setting("host", "127.0.0.1"), setting("port", "55432"), setting("name", "ziyuanku"),
                setting("user", "ziyuanku"), setting("password", "ziyuanku"));
    }

    /**
     * Keycloak's database, or {@code null} when no password for it is set ({@code zyk.keycloak.db.password} /
     * {@code ZYK_KEYCLOAK_DB_PASSWORD}): Keycloak then runs in development mode and its realm is not dumped this way.
     */
    public static DatabaseTarget keycloakFromSystem() {
        String password = setting("zyk.keycloak.db.", "ZYK_KEYCLOAK_DB_", "password", null);
        if (password == null) {
            return null;
        }
        DatabaseTarget platform = fromSystem();
        return new DatabaseTarget(setting("zyk.keycloak.db.", "ZYK_KEYCLOAK_DB_", "host", platform.host()),
                setting("zyk.keycloak.db.", "ZYK_KEYCLOAK_DB_", "port", platform.port()),
                setting("zyk.keycloak.db.", "ZYK_KEYCLOAK_DB_", "name", "keycloak"),
                setting("zyk.keycloak.db.", "ZYK_KEYCLOAK_DB_", "user", "keycloak"), password);
    }

    private static String setting(String key, String fallback) {
        return setting("zyk.db.", "ZYK_DB_", key, fallback);
    }

    private static String setting(String property, String variable, String key, String fallback) {
        String value = System.getProperty(property + key);
        if (value == null || value.isBlank()) {
            value = System.getenv(variable + key.toUpperCase(Locale.ROOT));
        }
        return value == null || value.isBlank() ? fallback : value;
    }

    @Override
    public String toString() {
        return user + "@" + host + ":" + port + "/" + name;
    }
}
