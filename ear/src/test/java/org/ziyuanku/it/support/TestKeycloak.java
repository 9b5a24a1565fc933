package org.ziyuanku.it.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The real Keycloak of this build (wildfly-config/target/keycloak-*), started once per test run on 127.0.0.1:8190 in
 * production mode over HTTPS (the test run's certificate, {@link TestTls}) as ./zyk start runs it ({@code kc.sh start}, augmented for PostgreSQL on its first start), on a
 * fresh database {@value #DATABASE} of the test PostgreSQL owned by its own role, with the ziyuanku realm imported from
 * wildfly-config/keycloak; stopped when the test JVM exits. The backup ITs dump that database
 * (arquillian.xml gives WildFly {@code zyk.keycloak.db.*}).
 */
public final class TestKeycloak {

    public static final int PORT = 8190;
    public static final String REALM_URL = "https://127.0.0.1:" + PORT + "/realms/ziyuanku";
    public static final String DEMO_PASSWORD = "Ziyuanku2026";
    /** Keycloak's database on the test PostgreSQL, and its role (password {@value #DB_PASSWORD}). */
    public static final String DATABASE = "keycloak";
    public static final String DB_PASSWORD = "keycloak-test";

    private static Process process;
    private static final String ADMIN_PASSWORD = "admin-" + ProcessHandle.current().pid();

    private TestKeycloak() {
    }

    /** Starts Keycloak unless it already runs for this test JVM; waits until the realm answers. */
    public static synchronized void ensureRunning() {
        if (process != null && process.isAlive()) {
            return;
        }
        Path home = Path.of(System.getProperty("zyk.keycloak.home"));
        Path realm = Path.of(System.getProperty("zyk.keycloak.realm"));
        try {
            deleteTree(home.resolve("data"));
            freshDatabase();
            Path imports = Files.createDirectories(home.resolve("data/import"));
            Files.copy(realm, imports.resolve(realm.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            ProcessBuilder builder = new ProcessBuilder(command(home))
                    .redirectErrorStream(true).redirectOutput(home.resolve("keycloak.log").toFile());
            builder.environment().put("KC_DB_PASSWORD", DB_PASSWORD);
            builder.environment().put("KC_BOOTSTRAP_ADMIN_USERNAME", "admin");
            builder.environment().put("KC_BOOTSTRAP_ADMIN_PASSWORD", ADMIN_PASSWORD);
            builder.environment().put("JAVA_OPTS_KC_HEAP", "-Xms64m -Xmx768m");
            process = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SQLException e) {
            throw new IllegalStateException("Keycloak's test database could not be created", e);
        }
        Runtime.getRuntime().addShutdownHook(new Thread(TestKeycloak::stop));
        if (!Http.awaitStatus(REALM_URL + "/.well-known/openid-configuration", 200, Duration.ofSeconds(480))) {
            stop();
            throw new IllegalStateException("Keycloak did not start; see " + home.resolve("keycloak.log"));
        }
    }

    /** kc.sh start on HTTPS only, on its database over TLS (the server's certificate checked against the test CA). */
    private static List<String> command(Path home) {
        return List.of(home.resolve("bin/kc.sh").toString(), "start", "--db=postgres", "--cache=local",
                "--health-enabled=true", "--db-url=jdbc:postgresql://" + System.getProperty("zyk.test.db.host", "127.0.0.1")
                        + ":" + System.getProperty("zyk.test.db.port", "55433") + "/" + DATABASE
                        + "?sslmode=verify-full&sslrootcert=" + TestTls.caCertificate(),
                "--db-username=" + DATABASE, "--hostname=https://127.0.0.1:" + PORT, "--http-enabled=false",
                "--http-host=127.0.0.1", "--https-port=" + PORT, "--https-certificate-file=" + TestTls.serverCertificate(),
                "--https-certificate-key-file=" + TestTls.serverKey(), "--http-management-host=127.0.0.1",
                "--http-management-port=9190", "--import-realm");
    }

    /** An access token of the ziyuanku-web client for a user with the demo password (password grant). */
    public static String accessToken(String username) {
        return KeycloakAdmin.token("ziyuanku", "ziyuanku-web", "ziyuanku-dev-secret", username, DEMO_PASSWORD);
    }

    /** An access token for the user with the given password; throws {@link IllegalStateException} when refused. */
    public static String accessToken(String username, String password) {
        return KeycloakAdmin.token("ziyuanku", "ziyuanku-web", "ziyuanku-dev-secret", username, password);
    }

    /** Creates an enabled, verified user with the demo password and the given realm roles (Keycloak's admin API). */
    public static void createUser(String username, String... realmRoles) {
        String admin = KeycloakAdmin.token("admin", ADMIN_PASSWORD);
        String userId = KeycloakAdmin.createUser(admin, username, DEMO_PASSWORD);
        for (String role : realmRoles) {
            KeycloakAdmin.grantRealmRole(admin, userId, role);
        }
    }

    /** The user as Keycloak's admin API shows them (JSON), to check required actions or enabled. */
    public static String user(String username) {
        return KeycloakAdmin.userJson(KeycloakAdmin.token("admin", ADMIN_PASSWORD), username);
    }

    /** The user's realm roles as Keycloak's admin API shows them (JSON array; empty for an unknown user). */
    public static String realmRoles(String username) {
        return KeycloakAdmin.realmRolesJson(KeycloakAdmin.token("admin", ADMIN_PASSWORD), username);
    }

    /** The user's active sessions at Keycloak (admin API JSON array; {@code []} when there are none). */
    public static String sessions(String username) {
        return KeycloakAdmin.sessionsJson(KeycloakAdmin.token("admin", ADMIN_PASSWORD), username);
    }

    private static void stop() {
        if (process != null) {
            process.descendants().forEach(ProcessHandle::destroy);
            process.destroy();
        }
    }

    /** Drops and creates Keycloak's database and role on the test PostgreSQL, as the cluster's superuser. */
    private static void freshDatabase() throws SQLException {
        String url = "jdbc:postgresql://" + System.getProperty("zyk.test.db.host", "127.0.0.1") + ":"
                + System.getProperty("zyk.test.db.port", "55433") + "/postgres";
        try (Connection c = DriverManager.getConnection(url, "postgres", ""); Statement s = c.createStatement()) {
            s.execute("drop database if exists " + DATABASE + " with (force)");
            s.execute("drop role if exists " + DATABASE);
            s.execute("create role " + DATABASE + " login nosuperuser nocreatedb nocreaterole password '"
                    + DB_PASSWORD + "'");
            s.execute("create database " + DATABASE + " owner " + DATABASE);
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : (Iterable<Path>) paths.sorted(Comparator.reverseOrder())::iterator) {
                Files.delete(p);
            }
        }
    }
}
