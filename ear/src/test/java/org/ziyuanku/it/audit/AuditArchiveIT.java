package org.ziyuanku.it.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.security.MessageDigest;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.HexFormat;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.ziyuanku.it.Deployments;
import org.ziyuanku.it.support.ApiClient;
import org.ziyuanku.it.support.TestAccounts;
import org.ziyuanku.it.support.TestDatabase;
import org.ziyuanku.it.support.TestKeycloak;

/**
 * Archiving (issue 18, item 4): the audit-archive job, run as if 200 days had passed (job parameter "now"), moves the
 * records older than the 180-day retention into a signed archive file whose SHA-256 the archive row holds, and they
 * leave the live table; the audit administrator's search still finds them; the chain verifies across the boundary
 * (the first live record names the archive's last hash); the deletion path cannot be replayed; read notifications
 * past their age are removed and unread ones stay.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AuditArchiveIT {

    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private static final String SUFFIX = Long.toString(System.currentTimeMillis() % 100_000);
    private static final String AUDITOR = "auditor-ar-" + SUFFIX;
    private static final String TEACHER = "teacher-ar-" + SUFFIX;
    private static final Path ARCHIVE = Paths.get(System.getProperty("zyk.build.dir", "target"), "arq-audit-archive");

    @BeforeAll
    static void people() {
        TestKeycloak.ensureRunning();
        TestKeycloak.createUser(AUDITOR, "audit-admin");
        TestKeycloak.createUser(TEACHER, "teacher");
    }

    @Test
    void oldRecords_areArchivedSigned_leaveTheLiveTable_areStillFound_andTheChainVerifies() throws Exception {
        assertEquals(403, ApiClient.as(TEACHER).get("/api/v1/backups").statusCode());
        long record = TestDatabase.queryLong("select max(id) from audit_record where actor = ?"
                + " and action = 'BACKUP_HISTORY' and outcome = 'DENIED'", TEACHER);
        long reader = TestAccounts.account("reader-ar-" + SUFFIX, null);
        long oldRead = notification(reader, "now() - interval '1 day'");
        long oldUnread = notification(reader, null);

        assertEquals("COMPLETED", archive(LocalDateTime.now().plusDays(200)));

        assertEquals(0, TestDatabase.queryLong("select count(*) from audit_record where id = ?", record));
        String file = TestDatabase.queryString("select file_name from audit_archive where ? between first_id"
                + " and last_id", record);
        assertEquals(TestDatabase.queryString("select file_sha256 from audit_archive where file_name = ?", file),
                sha256(ARCHIVE.resolve(file)));
        assertEquals(64, TestDatabase.queryString("select signature from audit_archive where file_name = ?",
                file).length());
        assertEquals(TestDatabase.queryString("select last_hash from audit_archive order by first_id desc limit 1"),
                TestDatabase.queryString("select previous_hash from audit_record order by id limit 1"),
                "the first live record names the archive's last hash");
        assertTrue(verification().endsWith(" -"), "the chain verifies across the archive: " + verification());

        HttpResponse<String> found = ApiClient.as(AUDITOR).get("/api/v1/audit/records?actor=" + TEACHER
                + "&action=BACKUP_HISTORY");
        assertEquals(200, found.statusCode(), found.body());
        assertTrue(found.body().contains("\"id\":" + record + ","), found.body());

        long archiveId = TestDatabase.queryLong("select id from audit_archive where file_name = ?", file);
        assertThrows(SQLException.class, () -> TestDatabase.queryLong("select audit_record_archive_delete(?)",
                archiveId), "an archive's records are deleted once only");

        assertEquals(0, TestDatabase.queryLong("select count(*) from notification where id = ?", oldRead));
        assertEquals(1, TestDatabase.queryLong("select count(*) from notification where id = ?", oldUnread));
    }

    private static long notification(long recipient, String readAt) throws SQLException {
        long id = TestDatabase.queryLong("select nextval('notification_seq')");
        TestDatabase.update("insert into notification (id, recipient_id, message_key, message_args, created_at,"
                + " read_at) values (?, ?, 'notification.system.backupFailed', '[\"1\",\"x\"]', now(), "
                + (readAt == null ? "null" : readAt) + ")", id, recipient);
        return id;
    }

    private static String archive(LocalDateTime now) throws Exception {
        HttpResponse<String> response = CLIENT.send(HttpRequest.newBuilder(URI.create(Deployments.BASE_URL
                + "/it/archive?now=" + now)).timeout(Duration.ofMinutes(3)).POST(HttpRequest.BodyPublishers.noBody())
                .build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), response.body());
        return response.body().strip();
    }

    private static String verification() throws Exception {
        return CLIENT.send(HttpRequest.newBuilder(URI.create(Deployments.BASE_URL + "/it/archive")).GET().build(),
                HttpResponse.BodyHandlers.ofString()).body().strip();
    }

    private static String sha256(Path file) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }
}
