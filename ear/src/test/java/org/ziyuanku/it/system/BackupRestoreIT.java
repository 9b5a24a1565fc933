package org.ziyuanku.it.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.ziyuanku.it.support.ApiClient;
import org.ziyuanku.it.support.TestDatabase;
import org.ziyuanku.it.support.TestKeycloak;

/**
 * The restore drill (issue 18): a backup made through the API is restored by {@code ./zyk restore} into an empty
 * database, an empty Keycloak database (Keycloak in production mode, pg_restore of its dump) and an empty blob folder; every table comes back with the rows it had when the
 * dump was taken, the audit chain with the same hashes, the realm's user with their password, every stored file with
 * its checksum. A damaged backup is refused before anything is
 * restored, naming the damaged file.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class BackupRestoreIT {

    private static final String SUFFIX = Long.toString(System.currentTimeMillis() % 100_000);
    private static final String SYSTEM_ADMIN = "sysadmin-rs-" + SUFFIX;
    /** Tables that grow after the dump without anyone acting: the audit chain and the batch job repository. */
    private static final Set<String> GROWING = Set.of("audit_record", "job_instance", "job_execution",
            "step_execution", "partition_execution");
    private static final Path BUILD = Paths.get(System.getProperty("zyk.build.dir", "target"));
    private static final Path SCRIPT = Paths.get(System.getProperty("zyk.script",
            BUILD.resolve("../../zyk").normalize().toString()));

    @BeforeAll
    static void administrator() {
        TestKeycloak.ensureRunning();
        TestKeycloak.createUser(SYSTEM_ADMIN, "system-admin");
    }

    @Test
    void restore_bringsBackEveryRow_theAuditChain_andEveryStoredFile() throws Exception {
        String blob = storeBlob("restore drill " + UUID.randomUUID());
        Path generation = backup();
        String database = emptyDatabase("restored");
        String keycloak = emptyDatabase("kc_restored");
        Path blobs = BUILD.resolve("restore-blobs-" + SUFFIX);
        Result restore = restore(generation, database, keycloak, blobs);
        assertEquals(0, restore.exitCode(), restore.output());
        assertEquals("1:1", text(connect(keycloak), "select count(distinct u.id) || ':' || count(c.id) from user_entity u"
                + " left join credential c on c.user_id = u.id and c.type = 'password' where u.username = '" + SYSTEM_ADMIN
                + "'"), "the realm's user came back into Keycloak's database, with the password");
        Map<String, Long> restored = tableCounts(database);
        Map<String, Long> live = tableCounts(TestDatabase.connect());
        assertEquals(live.keySet(), restored.keySet());
        assertTrue(restored.get("backup_run") >= 1 && restored.get("flyway_schema_history") >= 1, restored.toString());
        assertEquals(0, query(database, "select count(*) from backup_run where outcome = 'RUNNING'"), "run closed");
        long lastAudit = query(database, "select coalesce(max(id), 0) from audit_record");
        for (String table : live.keySet()) {
            if (GROWING.contains(table)) {
                assertTrue(restored.get(table) <= live.get(table), "rows of " + table);
            } else {
                assertEquals(live.get(table), restored.get(table), "rows of " + table);
            }
        }
        String chain = "select count(*) || ':' || coalesce(md5(string_agg(record_hash || previous_hash, ',' order by id)), '')"
                + " from audit_record where id <= " + lastAudit;
        assertEquals(TestDatabase.queryString(chain), text(connect(database), chain), "the audit chain");
        for (String line : Files.readAllLines(generation.resolve("manifest.txt"))) {
            String[] parts = line.split(" {2}", 3);
            if (parts[2].startsWith("audit-archive/")) {
                Path archived = blobs.resolveSibling(blobs.getFileName() + "-audit-archive").resolve(parts[2].substring(14));
                assertEquals(parts[0], sha256(Files.readAllBytes(archived)), line);
            }
            if (parts[2].startsWith("blobs/")) {
                assertEquals(parts[0], sha256(Files.readAllBytes(blobs.resolve(parts[2].substring(6)))), line);
            }
        }
        assertTrue(Files.isRegularFile(blobs.resolve(blob.substring(0, 2)).resolve(blob.substring(2, 4))
                .resolve(blob)), "the stored file came back");
    }

    @Test
    void damagedBackup_isRefusedBeforeAnythingIsRestored_namingTheFile() throws Exception {
        String blob = storeBlob("damaged drill " + UUID.randomUUID());
        Path damaged = copy(backup(), BUILD.resolve("damaged-backup-" + SUFFIX));
        String path = "blobs/" + blob.substring(0, 2) + "/" + blob.substring(2, 4) + "/" + blob;
        byte[] content = Files.readAllBytes(damaged.resolve(path));
        content[0] ^= 1;
        Files.write(damaged.resolve(path), content);
        String database = emptyDatabase("refused");
        String keycloak = emptyDatabase("kc_refused");

        Result restore = restore(damaged, database, keycloak, BUILD.resolve("refused-blobs-" + SUFFIX));
        assertNotEquals(0, restore.exitCode(), restore.output());
        assertTrue(restore.output().contains(path + ": FAILED"), restore.output());
        assertEquals(0, query(database, "select count(*) from information_schema.tables where table_schema = 'public'"));
        assertEquals(0, query(keycloak, "select count(*) from information_schema.tables where table_schema = 'public'"),
                "Keycloak's database was not touched either");
        assertTrue(!Files.exists(BUILD.resolve("refused-blobs-" + SUFFIX)), "no stored file was copied");
    }

    private static Path backup() throws Exception {
        HttpResponse<String> started = ApiClient.as(SYSTEM_ADMIN).post("/api/v1/backups");
        assertEquals(202, started.statusCode(), started.body());
        long run = Long.parseLong(ApiClient.json(started.body(), "runId"));
        String outcome = "RUNNING";
        for (int i = 0; i < 240 && "RUNNING".equals(outcome); i++) {
            Thread.sleep(500);
            outcome = TestDatabase.queryString("select outcome from backup_run where id = ?", run);
        }
        assertEquals("SUCCESS", outcome, TestDatabase.queryString("select coalesce(message, '') from backup_run"
                + " where id = ?", run));
        return Paths.get(TestDatabase.queryString("select generation from backup_run where id = ?", run));
    }

    private record Result(int exitCode, String output) {
    }

    private static Result restore(Path generation, String database, String keycloak, Path blobs) throws Exception {
        ProcessBuilder builder = new ProcessBuilder("bash", SCRIPT.toString(), "restore", generation.toString())
                .redirectErrorStream(true);
        Map<String, String> env = builder.environment();
        env.put("ZYK_RUN_DIR", BUILD.resolve("restore-run").toString());
        env.put("ZYK_DB_HOST", System.getProperty("zyk.test.db.host", "127.0.0.1"));
        env.put("ZYK_DB_PORT", System.getProperty("zyk.test.db.port", "55433"));
        env.put("ZYK_DB_NAME", database);
        env.put("ZYK_DB_USER", System.getProperty("zyk.test.db.user", "ziyuanku"));
        env.put("ZYK_DB_PASSWORD", System.getProperty("zyk.test.db.password", "ziyuanku"));
        env.put("ZYK_BLOB_DIR", blobs.toString());
        env.put("ZYK_KEYCLOAK_DB_NAME", keycloak);
        env.put("ZYK_KEYCLOAK_DB_USER", System.getProperty("zyk.test.db.user", "ziyuanku"));
        env.put("ZYK_KEYCLOAK_DB_PASSWORD", System.getProperty("zyk.test.db.password", "ziyuanku"));
        env.put("ZYK_ARCHIVE_DIR", blobs.resolveSibling(blobs.getFileName() + "-audit-archive").toString());
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(5, TimeUnit.MINUTES), output);
        return new Result(process.exitValue(), output);
    }

    private static String emptyDatabase(String purpose) throws SQLException {
        String name = "zyk_" + purpose + "_" + SUFFIX;
        TestDatabase.createDatabase(name);
        return name;
    }

    private static Connection connect(String database) throws SQLException {
        return DriverManager.getConnection("jdbc:postgresql://" + System.getProperty("zyk.test.db.host", "127.0.0.1")
                + ":" + System.getProperty("zyk.test.db.port", "55433") + "/" + database,
                System.getProperty("zyk.test.db.user", "ziyuanku"), System.getProperty("zyk.test.db.password", "ziyuanku"));
    }

    private static long query(String database, String sql) throws SQLException {
        return Long.parseLong(text(connect(database), sql));
    }

    private static String text(Connection connection, String sql) throws SQLException {
        try (connection; Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }

    /** Rows per table of the public schema (Flyway's history included). */
    private static Map<String, Long> tableCounts(String database) throws SQLException {
        return tableCounts(connect(database));
    }

    private static Map<String, Long> tableCounts(Connection connection) throws SQLException {
        Map<String, Long> counts = new TreeMap<>();
        try (connection; Statement s = connection.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = s.executeQuery("select table_name from information_schema.tables"
                    + " where table_schema = 'public' and table_type = 'BASE TABLE'")) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
            for (String table : tables) {
                try (ResultSet rs = s.executeQuery("select count(*) from \"" + table + "\"")) {
                    rs.next();
                    counts.put(table, rs.getLong(1));
                }
            }
        }
        return counts;
    }

    private static String storeBlob(String content) throws Exception {
        byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
        String sha = sha256(bytes);
        Path file = BUILD.resolve("arq-blobs").resolve(sha.substring(0, 2)).resolve(sha.substring(2, 4)).resolve(sha);
        Files.createDirectories(file.getParent());
        Files.write(file, bytes);
        return sha;
    }

    private static Path copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target);
                }
            }
        }
        return to;
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
