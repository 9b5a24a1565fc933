package org.ziyuanku.it.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.ziyuanku.it.Deployments;
import org.ziyuanku.it.pages.ConsoleHomePage;
import org.ziyuanku.it.pages.OperationsPage;
import org.ziyuanku.it.pages.SystemBackupsPage;
import org.ziyuanku.it.support.ApiClient;
import org.ziyuanku.it.support.BrowserTest;
import org.ziyuanku.it.support.TestDatabase;
import org.ziyuanku.it.support.TestKeycloak;
import org.ziyuanku.it.support.TestTls;

/**
 * The system administrator's console pages (issue 18, items 1 and 8): on the backups page "back up now" starts a run
 * that appears in the history and ends in SUCCESS with the manifest checksum the database holds; the operations page
 * shows the database as reachable, links to the backups, lists the backup job's run from the job repository, the file
 * store's disk use and the server certificate's days left (no warning for the fresh test certificate). Both are in
 * the menu of the system administrator only; a
 * teacher and the audit administrator get 403 on both.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SystemConsolePageIT extends BrowserTest {

    private static final String SUFFIX = Long.toString(System.currentTimeMillis() % 100_000);
    private static final String SYSTEM_ADMIN = "sysadmin-pg-" + SUFFIX;
    private static final String TEACHER = "teacher-pg-" + SUFFIX;
    private static final String AUDITOR = "auditor-pg-" + SUFFIX;

    @BeforeAll
    static void people() {
        TestKeycloak.ensureRunning();
        TestKeycloak.createUser(SYSTEM_ADMIN, "system-admin");
        TestKeycloak.createUser(TEACHER, "teacher");
        TestKeycloak.createUser(AUDITOR, "audit-admin");
    }

    @Test
    void systemAdministrator_backsUpOnTheBackupsPage_andSeesTheRunInTheHistory() throws Exception {
        signInAfresh(SYSTEM_ADMIN);
        List<String> menu = ConsoleHomePage.await(driver, Deployments.BASE_URL).menuEntries();
        assertTrue(menu.contains("menuBackups") && menu.contains("menuOperations"), menu.toString());

        SystemBackupsPage page = SystemBackupsPage.open(driver, Deployments.BASE_URL).awaitTable().backUpNow();
        long run = TestDatabase.queryLong("select max(id) from backup_run where requested_by = ?", SYSTEM_ADMIN);
        assertTrue(page.messages().contains(Long.toString(run)), page.messages());
        assertEquals(Long.toString(run), page.runs().get(0), "the new run is on top");

        assertEquals("SUCCESS", awaitEnd(run));
        SystemBackupsPage after = SystemBackupsPage.open(driver, Deployments.BASE_URL).awaitTable();
        assertEquals("SUCCESS", after.outcomeOf(run));
        String checksum = TestDatabase.queryString("select manifest_sha256 from backup_run where id = ?", run);
        assertEquals(64, checksum.length());
        assertEquals(checksum, after.checksumOf(run));
        assertEquals(1, TestDatabase.queryLong("select count(*) from audit_record where actor = ?"
                + " and action = 'BACKUP_START' and target = ? and outcome = 'SUCCESS'", SYSTEM_ADMIN,
                "backup-run:" + run));
    }

    @Test
    void systemAdministrator_seesHealthBackupsJobRunsDiskUseAndCertificate() throws Exception {
        HttpResponse<String> started = ApiClient.as(SYSTEM_ADMIN).post("/api/v1/backups");
        assertEquals(202, started.statusCode(), started.body());
        assertNotEquals("RUNNING", awaitEnd(Long.parseLong(ApiClient.json(started.body(), "runId"))));

        signInAfresh(SYSTEM_ADMIN);
        OperationsPage page = OperationsPage.open(driver, Deployments.BASE_URL).awaitPage();
        assertEquals("UP", page.databaseStatus());
        assertTrue(page.backupsLinkHref().endsWith("/console/system/backups.xhtml"), page.backupsLinkHref());
        assertTrue(page.jobNames().contains("backup"), page.jobNames().toString());
        assertTrue(page.bytes("diskFree") > 0);
        assertTrue(page.bytes("diskStore") >= 0);
        long daysLeft = ChronoUnit.DAYS.between(Instant.now(), TestTls.server().getNotAfter().toInstant());
        assertEquals(daysLeft, page.certificateDaysLeft(), page.certificate());
        assertTrue(page.certificate().contains("剩余 " + daysLeft + " 天") || page.certificate().contains(daysLeft + " days left"),
                page.certificate());
        assertFalse(page.warnsOfCertificateExpiry(), "a fresh test certificate has " + daysLeft + " days left");
    }

    @Test
    void otherRoles_getAccessDenied_andNoMenuEntry() {
        for (String user : List.of(TEACHER, AUDITOR)) {
            signInAfresh(user);
            List<String> menu = ConsoleHomePage.await(driver, Deployments.BASE_URL).menuEntries();
            assertFalse(menu.contains("menuBackups") || menu.contains("menuOperations"), user + ": " + menu);
            SystemBackupsPage backups = SystemBackupsPage.open(driver, Deployments.BASE_URL);
            assertTrue(backups.showsAccessDenied(), user + ": " + driver.getPageSource());
            assertFalse(backups.showsTable());
            OperationsPage operations = OperationsPage.open(driver, Deployments.BASE_URL);
            assertTrue(operations.showsAccessDenied(), user + ": " + driver.getPageSource());
            assertFalse(operations.showsOverview());
        }
    }

    private static String awaitEnd(long run) throws SQLException, InterruptedException {
        String outcome = "RUNNING";
        for (int i = 0; i < 240 && "RUNNING".equals(outcome); i++) {
            Thread.sleep(500);
            outcome = TestDatabase.queryString("select outcome from backup_run where id = ?", run);
        }
        return outcome;
    }
}
