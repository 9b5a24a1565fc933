package org.ziyuanku.infrastructure.backup;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs {@code pg_dump --format=custom} without a shell: an argument list, the password only in the child's
 * {@code PGPASSWORD}, over TLS as the datasource ({@link #tlsEnvironment()}), a time limit after which the child is
 * killed. pg_dump reads one snapshot, so the dump is consistent however long it takes.
 */
public final class PgDump {

    private static final int TAIL = 1500;

    private PgDump() {
    }

    /** The arguments pg_dump runs with (no password among them). */
    static List<String> command(Path pgDump, DatabaseTarget db, Path target) {
        return List.of(pgDump.toString(), "--format=custom", "--no-password", "--host=" + db.host(),
                "--port=" + db.port(), "--username=" + db.user(), "--dbname=" + db.name(), "--file=" + target);
    }

    /**
     * Dumps the database to {@code target}; throws {@link IOException} with pg_dump's last output when it fails or
     * outlives {@code timeout}.
     */
    public static void dump(Path pgDump, DatabaseTarget db, Path target, Duration timeout)
            throws IOException, InterruptedException {
        Path log = Files.createTempFile(target.getParent().getParent(), ".pg_dump-", ".log");
        try {
            ProcessBuilder builder = new ProcessBuilder(command(pgDump, db, target)).redirectErrorStream(true)
                    .redirectOutput(log.toFile());
            builder.environment().put("PGPASSWORD", db.password());
            builder.environment().put("PGCONNECT_TIMEOUT", "10");
            builder.environment().putAll(tlsEnvironment());
            Process process = builder.start();
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
                throw new IOException("pg_dump of " + db + " did not finish within " + timeout);
            }
            if (process.exitValue() != 0) {
                throw new IOException("pg_dump of " + db + " ended with " + process.exitValue() + ": " + tail(log));
            }
        } finally {
            Files.deleteIfExists(log);
        }
    }

    /**
     * TLS as the datasource uses it: with a CA file in {@code zyk.db.sslrootcert} (ZYK_DB_SSLROOTCERT) the server's
     * certificate and name are checked ({@code zyk.db.sslmode}, default verify-full); without one libpq's default.
     */
    static Map<String, String> tlsEnvironment() {
        String rootCert = setting("zyk.db.sslrootcert", "ZYK_DB_SSLROOTCERT");
        if (rootCert == null) {
            return Map.of();
        }
        String mode = setting("zyk.db.sslmode", "ZYK_DB_SSLMODE");
        return Map.of("PGSSLROOTCERT", rootCert, "PGSSLMODE", mode == null ? "verify-full" : mode);
    }

    private static String setting(String property, String env) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            value = System.getenv(env);
        }
        return value == null || value.isBlank() ? null : value;
    }

    private static String tail(Path log) throws IOException {
        String output = new String(Files.readAllBytes(log), StandardCharsets.UTF_8).strip();
        return output.length() <= TAIL ? output : output.substring(output.length() - TAIL);
    }
}
