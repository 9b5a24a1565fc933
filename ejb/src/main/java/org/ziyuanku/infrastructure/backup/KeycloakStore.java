package org.ziyuanku.infrastructure.backup;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The Keycloak realm in the backup: Keycloak runs in development mode with its own H2 file store
 * ({@code <keycloak home>/data/h2/keycloakdb.mv.db}), which holds every realm with its users, password hashes, OTP
 * secrets, roles and clients. {@code kc.sh export} needs Keycloak stopped in that mode, and the admin REST API exports
 * no credentials, so the backup takes Keycloak's own database instead: it copies the store file (H2's MVStore is
 * crash-safe, so a copy is what a power cut would leave: the last complete commit) and has H2's own {@code Script}
 * tool, from the jar Keycloak ships, read the copy completely into {@value #FILE} (SQL). Reading it through proves the
 * copy consistent; ./zyk restore runs the SQL into an empty store with H2's {@code RunScript}. Without a shell, with a
 * time limit, like {@link PgDump}.
 */
public final class KeycloakStore {

    /** The realm's file in a generation. */
    public static final String FILE = "keycloak/keycloak-h2.sql";
    private static final String DB = "keycloakdb";
    private static final int ATTEMPTS = 3;
    private static final int TAIL = 1500;

    private KeycloakStore() {
    }

    /** Keycloak's store file under its home. */
    static Path storeOf(Path keycloakHome) {
        return keycloakHome.resolve("data/h2/" + DB + ".mv.db");
    }

    /** Keycloak's H2 jar under its home. */
    static Optional<Path> h2Jar(Path keycloakHome) throws IOException {
        Path lib = keycloakHome.resolve("lib/lib/main");
        if (!Files.isDirectory(lib)) {
            return Optional.empty();
        }
        try (Stream<Path> jars = Files.list(lib)) {
            return jars.filter(j -> j.getFileName().toString().matches("com\\.h2database\\.h2-.*\\.jar")).findFirst();
        }
    }

    /** The command that writes the copy's SQL script (an empty user name and password, as Keycloak's store has). */
    static List<String> command(Path h2Jar, Path copy, Path target) {
        Path java = Paths.get(System.getProperty("java.home"), "bin", "java");
        return List.of(java.toString(), "-Xmx256m", "-cp", h2Jar.toString(), "org.h2.tools.Script", "-url",
                "jdbc:h2:file:" + copy.resolve(DB) + ";NON_KEYWORDS=VALUE", "-user", "",
                "-password", "", "-script", target.toString());
    }

    /**
     * Writes {@value #FILE} under {@code generation} from the store of the Keycloak at {@code keycloakHome}.
     *
     * @throws IOException when the store or H2's jar is missing, or the script fails three times
     */
    public static void export(Path keycloakHome, Path generation, Duration timeout)
            throws IOException, InterruptedException {
        Path store = storeOf(keycloakHome);
        Path jar = h2Jar(keycloakHome).orElseThrow(() -> new IOException("no H2 jar under " + keycloakHome));
        if (!Files.isRegularFile(store)) {
            throw new IOException("no Keycloak store at " + store);
        }
        Path target = generation.resolve(FILE);
        Files.createDirectories(target.getParent());
        IOException last = null;
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            Path copy = Files.createTempDirectory(generation, ".keycloak-");
            try {
                Files.copy(store, copy.resolve(DB + ".mv.db"), StandardCopyOption.REPLACE_EXISTING);
                script(command(jar, copy, target), copy.resolve("script.log"), timeout);
                return;
            } catch (IOException e) {
                last = e;
            } finally {
                BackupGenerations.delete(copy);
            }
        }
        Files.deleteIfExists(target);
        throw last;
    }

    private static void script(List<String> command, Path log, Duration timeout)
            throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            throw new IOException("H2 Script of Keycloak's store did not finish within " + timeout);
        }
        if (process.exitValue() != 0) {
            String output = new String(Files.readAllBytes(log), StandardCharsets.UTF_8).strip();
            throw new IOException("H2 Script of Keycloak's store ended with " + process.exitValue() + ": "
                    + (output.length() <= TAIL ? output : output.substring(output.length() - TAIL)));
        }
    }
}
