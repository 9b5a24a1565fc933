package org.ziyuanku.it.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The real Keycloak of this build (wildfly-config/target/keycloak-*), started once per test run on 127.0.0.1:8190
 * with a fresh dev-file store and the ziyuanku realm imported from wildfly-config/keycloak; stopped when the test JVM
 * exits.
 */
public final class TestKeycloak {

    public static final int PORT = 8190;
    public static final String REALM_URL = "http://127.0.0.1:" + PORT + "/realms/ziyuanku";
    public static final String DEMO_PASSWORD = "Ziyuanku2026";

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
            Path imports = Files.createDirectories(home.resolve("data/import"));
            Files.copy(realm, imports.resolve(realm.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            ProcessBuilder builder = new ProcessBuilder(List.of(home.resolve("bin/kc.sh").toString(), "start-dev",
                    "--http-host=127.0.0.1", "--http-port=" + PORT, "--http-management-host=127.0.0.1",
                    "--http-management-port=9190", "--import-realm"))
                    .redirectErrorStream(true).redirectOutput(home.resolve("keycloak.log").toFile());
            builder.environment().put("KC_BOOTSTRAP_ADMIN_USERNAME", "admin");
            builder.environment().put("KC_BOOTSTRAP_ADMIN_PASSWORD", ADMIN_PASSWORD);
            builder.environment().put("JAVA_OPTS_KC_HEAP", "-Xms64m -Xmx768m");
            process = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Runtime.getRuntime().addShutdownHook(new Thread(TestKeycloak::stop));
        if (!Http.awaitStatus(REALM_URL + "/.well-known/openid-configuration", 200, Duration.ofSeconds(480))) {
            stop();
            throw new IllegalStateException("Keycloak did not start; see " + home.resolve("keycloak.log"));
        }
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
