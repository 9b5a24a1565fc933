package org.ziyuanku.it.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.SQLException;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.ziyuanku.it.support.ApiClient;
import org.ziyuanku.it.support.TestDatabase;
import org.ziyuanku.it.support.TestKeycloak;

/**
 * Backups (issue 18): the system administrator starts the backup job through {@code POST /api/v1/backups}; the run
 * ends in SUCCESS with a generation holding a non-empty pg_dump, a pg_dump of Keycloak's own database (production
 * mode) with the realm's users and credentials, the stored files and a manifest whose SHA-256 and
 * sizes match every file; a second run copies only the stored file that is new and hard-links the rest from the first
 * generation. The history lists the runs newest first; a teacher is refused (403) and the refusal is audited; a POST
 * with a junk body is refused (400) and opens no run.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class BackupJobIT {

    private static final String API = "/api/v1/backups";
    private static final String SUFFIX = Long.toString(System.currentTimeMillis() % 100_000);
    private static final String SYSTEM_ADMIN = "sysadmin-bk-" + SUFFIX;
    private static final String TEACHER = "teacher-bk-" + SUFFIX;
    private static final String REALM = "keycloak/keycloak.dump";
    private static final Path BLOBS = Paths.get(System.getProperty("zyk.build.dir", "target"), "arq-blobs");

    @BeforeAll
    static void people() {
        TestKeycloak.ensureRunning();
        TestKeycloak.createUser(SYSTEM_ADMIN, "system-admin");
        TestKeycloak.createUser(TEACHER, "teacher");
    }

    @Test
    void backup_dumpsTheDatabase_copiesStoredFilesIncrementally_andChecksumsEverything() throws Exception {
        String first = storeBlob("first stored file " + UUID.randomUUID());
        long run1 = startBackup();
        assertEquals("SUCCESS", awaitEnd(run1), message(run1));
        Path generation1 = generation(run1);
        assertTrue(Files.size(generation1.resolve("database.dump")) > 0, "the dump is empty");
        List<String> manifest1 = verifiedManifest(generation1, run1);
        assertTrue(manifest1.stream().anyMatch(l -> l.endsWith("  " + blobPath(first))), String.join("\n", manifest1));
        assertTrue(manifest1.stream().anyMatch(l -> l.endsWith("  database.dump")), String.join("\n", manifest1));
        assertTrue(manifest1.stream().anyMatch(l -> l.endsWith("  " + REALM)), String.join("\n", manifest1));
        assertEquals("PGDMP", new String(Files.readAllBytes(generation1.resolve(REALM)), 0, 5,
                StandardCharsets.US_ASCII), "pg_dump's custom format");
        String realm = pgRestoreScript(generation1.resolve(REALM));
        assertTrue(hasField(realm, SYSTEM_ADMIN), "the realm's users are in the backup");
        assertTrue(realm.contains("COPY public.realm ") && hasField(realm, "ziyuanku")
                && realm.contains("COPY public.credential "), "with the realm and credentials");
        assertEquals(1, TestDatabase.queryLong("select count(*) from audit_record where action = 'BACKUP_RUN'"
                + " and target = ? and outcome = 'SUCCESS'", "backup-run:" + run1));

        String second = storeBlob("second stored file " + UUID.randomUUID());
        long run2 = startBackup();
        assertEquals("SUCCESS", awaitEnd(run2), message(run2));
        Path generation2 = generation(run2);
        assertEquals(1, TestDatabase.queryLong("select blobs_copied from backup_run where id = ?", run2),
                "only the new stored file is copied");
        assertEquals(TestDatabase.queryLong("select blobs_copied + blobs_linked from backup_run where id = ?", run1),
                TestDatabase.queryLong("select blobs_linked from backup_run where id = ?", run2));
        assertTrue(Files.isSameFile(generation1.resolve(blobPath(first)), generation2.resolve(blobPath(first))),
                "the unchanged stored file is a hard link to the first generation's");
        List<String> manifest2 = verifiedManifest(generation2, run2);
        assertTrue(manifest2.stream().anyMatch(l -> l.endsWith("  " + blobPath(second))), String.join("\n", manifest2));

        HttpResponse<String> history = ApiClient.as(SYSTEM_ADMIN).get(API + "?size=2");
        assertEquals(200, history.statusCode(), history.body());
        int newer = history.body().indexOf("\"id\":" + run2 + ",");
        int older = history.body().indexOf("\"id\":" + run1 + ",");
        assertTrue(newer >= 0 && older > newer, history.body());
    }

    @Test
    void teacher_isRefused_andTheRefusalIsAudited() throws SQLException {
        ApiClient teacher = ApiClient.as(TEACHER);
        HttpResponse<String> start = teacher.post(API);
        assertEquals(403, start.statusCode(), start.body());
        assertEquals(403, teacher.get(API).statusCode());
        assertTrue(TestDatabase.queryLong("select count(*) from audit_record where actor = ? and action = 'BACKUP_START'"
                + " and outcome = 'DENIED'", TEACHER) >= 1);
        assertTrue(TestDatabase.queryLong("select count(*) from backup_run where requested_by = ?", TEACHER) == 0);
    }

    @Test
    void postWithAJunkBody_isRefusedWith400_andStartsNothing() throws SQLException {
        long before = TestDatabase.queryLong("select count(*) from backup_run where requested_by = ?", SYSTEM_ADMIN);
        ApiClient admin = ApiClient.as(SYSTEM_ADMIN).inLanguage("en");
        HttpResponse<String> junk = admin.postText(API, "junk, not a request");
        assertEquals(400, junk.statusCode(), junk.body());
        assertTrue(junk.body().contains("takes no body"), junk.body());
        HttpResponse<String> json = admin.postJson(API, "{\"generations\":1}");
        assertEquals(400, json.statusCode(), json.body());
        assertEquals(before, TestDatabase.queryLong("select count(*) from backup_run where requested_by = ?",
                SYSTEM_ADMIN), "no run was opened");
    }

    /** The SQL pg_restore makes of a custom-format dump (tables with their rows as COPY text). */
    private static String pgRestoreScript(Path dump) throws IOException, InterruptedException {
        String bin = System.getProperty("zyk.pg.bin", "");
        Process p = new ProcessBuilder(bin.isEmpty() ? "pg_restore" : Paths.get(bin, "pg_restore").toString(),
                "--file=-", dump.toString()).redirectErrorStream(true).start();
        String sql = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), sql.length() > 2000 ? sql.substring(sql.length() - 2000) : sql);
        return sql;
    }

    /** Whether a COPY row of the script holds the value as a whole column. */
    private static boolean hasField(String sql, String value) {
        return Pattern.compile("(?m)(^|\t)" + Pattern.quote(value) + "(\t|$)").matcher(sql).find();
    }

    private static long startBackup() {
        HttpResponse<String> started = ApiClient.as(SYSTEM_ADMIN).post(API);
        assertEquals(202, started.statusCode(), started.body());
        return Long.parseLong(ApiClient.json(started.body(), "runId"));
    }

    private static String awaitEnd(long run) throws SQLException, InterruptedException {
        String outcome = "RUNNING";
        for (int i = 0; i < 240 && "RUNNING".equals(outcome); i++) {
            Thread.sleep(500);
            outcome = TestDatabase.queryString("select outcome from backup_run where id = ?", run);
        }
        return outcome;
    }

    private static String message(long run) throws SQLException {
        return TestDatabase.queryString("select coalesce(message, '') from backup_run where id = ?", run);
    }

    private static Path generation(long run) throws SQLException {
        Path generation = Paths.get(TestDatabase.queryString("select generation from backup_run where id = ?", run));
        assertTrue(Files.isDirectory(generation), generation.toString());
        return generation;
    }

    /** Every manifest line's SHA-256 and size match its file, and the run row holds the manifest's own SHA-256. */
    private static List<String> verifiedManifest(Path generation, long run) throws Exception {
        Path manifest = generation.resolve("manifest.txt");
        List<String> lines = Files.readAllLines(manifest, StandardCharsets.UTF_8);
        assertTrue(lines.size() >= 2, String.join("\n", lines));
        for (String line : lines) {
            String[] parts = line.split(" {2}", 3);
            Path file = generation.resolve(parts[2]);
            assertEquals(parts[0], sha256(Files.readAllBytes(file)), line);
            assertEquals(Long.parseLong(parts[1]), Files.size(file), line);
        }
        assertEquals(sha256(Files.readAllBytes(manifest)),
                TestDatabase.queryString("select manifest_sha256 from backup_run where id = ?", run));
        return lines;
    }

    /** Puts a file into the server's blob store as the platform stores it ({@code ab/cd/<sha256>}); returns its hash. */
    private static String storeBlob(String content) throws IOException, NoSuchAlgorithmException {
        byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
        String sha = sha256(bytes);
        Path file = BLOBS.resolve(sha.substring(0, 2)).resolve(sha.substring(2, 4)).resolve(sha);
        Files.createDirectories(file.getParent());
        Files.write(file, bytes);
        return sha;
    }

    private static String blobPath(String sha) {
        return "blobs/" + sha.substring(0, 2) + "/" + sha.substring(2, 4) + "/" + sha;
    }

    private static String sha256(byte[] bytes) throws NoSuchAlgorithmException {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
