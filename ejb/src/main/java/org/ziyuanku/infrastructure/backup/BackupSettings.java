package org.ziyuanku.infrastructure.backup;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.Comparator;
import java.util.Locale;
import java.util.stream.Stream;
import org.ziyuanku.infrastructure.archive.ArchiveSettings;

/**
 * Where and how backups are made, each from a system property or else an environment variable:
 * {@code zyk.backup.dir} / {@code ZYK_BACKUP_DIR} (default: the server's data directory, {@code backups}),
 * {@code zyk.backup.generations} (default 7), {@code zyk.backup.timeout-minutes} (default 240), the pg_dump binary
 * {@code zyk.pg.dump}, or the folder holding it {@code zyk.pg.bin} / {@code ZYK_PG_BIN} (default: the newest
 * {@code /usr/lib/postgresql/<version>/bin}, else pg_dump on the PATH), and the blob store {@code zyk.blob.dir} as
 * {@code FileSystemBlobStore} finds it, Keycloak's database ({@link DatabaseTarget#keycloakFromSystem()}: Keycloak
 * in production mode, its realm dumped with pg_dump), else the home of a development-mode Keycloak whose H2 store goes
 * into the backup {@code zyk.keycloak.home} / {@code ZYK_KEYCLOAK_HOME} (see {@link KeycloakStore}; neither: the realm
 * is not backed up), and the audit archive directory as {@code ArchiveSettings} finds it.
 */
public record BackupSettings(Path directory, int generations, Duration timeout, Path pgDump, Path blobRoot,
        DatabaseTarget database, Path keycloakHome, Path archiveDir, DatabaseTarget keycloakDatabase) {

    public static final int DEFAULT_GENERATIONS = 7;
    private static final Path PG_VERSIONS = Paths.get("/usr/lib/postgresql");

    public BackupSettings {
        if (generations < 1) {
            throw new IllegalArgumentException("keep at least one backup generation, not " + generations);
        }
    }

    /** Settings without a Keycloak realm or audit archive to back up. */
    public BackupSettings(Path directory, int generations, Duration timeout, Path pgDump, Path blobRoot,
            DatabaseTarget database) {
        this(directory, generations, timeout, pgDump, blobRoot, database, null, null, null);
    }

    /** The settings of the running server. */
    public static BackupSettings fromSystem() {
        String data = System.getProperty("jboss.server.data.dir", System.getProperty("java.io.tmpdir"));
        String dir = setting("zyk.backup.dir", "ZYK_BACKUP_DIR");
        String blobs = System.getProperty("zyk.blob.dir");
        String keycloak = setting("zyk.keycloak.home", "ZYK_KEYCLOAK_HOME");
        return new BackupSettings(dir != null ? Paths.get(dir) : Paths.get(data, "backups"),
                Integer.parseInt(orElse(setting("zyk.backup.generations", "ZYK_BACKUP_GENERATIONS"),
                        String.valueOf(DEFAULT_GENERATIONS)).strip()),
                Duration.ofMinutes(Long.parseLong(orElse(setting("zyk.backup.timeout-minutes",
                        "ZYK_BACKUP_TIMEOUT_MINUTES"), "240").strip())),
                findPgDump(), blobs != null ? Paths.get(blobs) : Paths.get(data, "blobs"), DatabaseTarget.fromSystem(),
                keycloak != null ? Paths.get(keycloak) : null, ArchiveSettings.fromSystem().directory(),
                DatabaseTarget.keycloakFromSystem());
    }

    private static Path findPgDump() {
        String binary = System.getProperty("zyk.pg.dump");
        if (binary != null && !binary.isBlank()) {
            return Paths.get(binary);
        }
        String bin = setting("zyk.pg.bin", "ZYK_PG_BIN");
        if (bin != null) {
            return Paths.get(bin, "pg_dump");
        }
        if (Files.isDirectory(PG_VERSIONS)) {
            try (Stream<Path> versions = Files.list(PG_VERSIONS)) {
                return versions.map(v -> v.resolve("bin/pg_dump")).filter(Files::isExecutable)
                        .max(Comparator.comparing(BackupSettings::version)).orElse(Paths.get("pg_dump"));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return Paths.get("pg_dump");
    }

    private static int version(Path pgDump) {
        String name = pgDump.getParent().getParent().getFileName().toString();
        return name.matches("\\d+") ? Integer.parseInt(name) : 0;
    }

    private static String setting(String property, String variable) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            value = System.getenv(variable);
        }
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static String orElse(String value, String fallback) {
        return value == null ? fallback : value.toLowerCase(Locale.ROOT);
    }
}
