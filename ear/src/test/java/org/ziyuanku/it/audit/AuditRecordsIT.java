package org.ziyuanku.it.audit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.ziyuanku.it.Deployments;
import org.ziyuanku.it.pages.AuditRecordsPage;
import org.ziyuanku.it.pages.ConsoleHomePage;
import org.ziyuanku.it.pages.RealmLoginPage;
import org.ziyuanku.it.support.BrowserTest;
import org.ziyuanku.it.support.Http;
import org.ziyuanku.it.support.TestKeycloak;

/**
 * The audit administrator searches and exports the audit log (三权分立): through the REST API with a bearer token and
 * on the console page. Searching and exporting are audited themselves; the CSV is UTF-8 with a BOM and neutralises
 * formulas; system and security administrators and teachers are refused. The administrators are fresh realm
 * users: the demo administrators must set up TOTP first, so they get no token by password.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AuditRecordsIT extends BrowserTest {

    private static final HttpClient CLIENT = HttpClient.newHttpClient();
    private static final String API = Deployments.BASE_URL + "/api/v1/audit/records";
    private static final String SUFFIX = Long.toString(System.currentTimeMillis() % 100_000);
    private static final String AUDITOR = "auditor-" + SUFFIX;
    private static final String SYSTEM_ADMIN = "sysadmin-" + SUFFIX;
    private static final String SECURITY_ADMIN = "secadmin-" + SUFFIX;
    private static final String FORMULA = "=HYPERLINK(\"http://evil.example\",\"x\")";

    @BeforeAll
    static void administrators() {
        TestKeycloak.ensureRunning();
        TestKeycloak.createUser(AUDITOR, "audit-admin");
        TestKeycloak.createUser(SYSTEM_ADMIN, "system-admin");
        TestKeycloak.createUser(SECURITY_ADMIN, "security-admin");
    }

    private static <T> HttpResponse<T> get(String url, String username, String language,
            HttpResponse.BodyHandler<T> body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).header("Accept-Language", language)
                .header("Authorization", "Bearer " + TestKeycloak.accessToken(username));
        return CLIENT.send(request.build(), body);
    }

    private static HttpResponse<String> search(String username, String query) throws Exception {
        return get(API + "?" + query, username, "zh-CN", HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static long total(HttpResponse<String> page) {
        Matcher total = Pattern.compile("\"total\":(\\d+)").matcher(page.body());
        assertTrue(total.find(), page.body());
        return Long.parseLong(total.group(1));
    }

    @Test
    void auditAdministrator_searchesTheLog_andEverySearchIsRecorded() throws Exception {
        HttpResponse<String> first = search(AUDITOR, "actor=" + AUDITOR);
        assertEquals(200, first.statusCode(), first.body());
        assertTrue(first.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));

        HttpResponse<String> searches = search(AUDITOR, "actor=" + AUDITOR + "&action=AUDIT_SEARCH&outcome=success");
        assertEquals(200, searches.statusCode(), searches.body());
        assertTrue(total(searches) >= 1, searches.body());
        assertTrue(searches.body().contains("\"actor\":\"" + AUDITOR + "\""), searches.body());
        assertTrue(searches.body().contains("\"action\":\"AUDIT_SEARCH\""), searches.body());
        assertTrue(searches.body().contains("\"target\":\"actor=" + AUDITOR + "\""), "the filters are the target");
        assertFalse(searches.body().contains("\"action\":\"SIGN_IN\""), searches.body());

        HttpResponse<String> byPrefix = search(AUDITOR, "actor=" + Http.encode("auditor-" + SUFFIX.charAt(0) + "*")
                + "&action=audit_search&size=1");
        assertEquals(200, byPrefix.statusCode(), byPrefix.body());
        assertTrue(total(byPrefix) >= 2 && byPrefix.body().contains("\"size\":1"), byPrefix.body());
    }

    @Test
    void badFilters_answer400_inTheCallersLanguage() throws Exception {
        HttpResponse<String> zh = search(AUDITOR, "from=yesterday");
        assertEquals(400, zh.statusCode(), zh.body());
        assertTrue(zh.body().contains("\"parameter\":\"from\"") && zh.body().contains("必须是日期"), zh.body());
        HttpResponse<String> en = get(API + "?from=2026-05-02&to=2026-05-01", AUDITOR, "en",
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertEquals(400, en.statusCode(), en.body());
        assertTrue(en.body().contains("\"parameter\":\"to\"") && en.body().contains("cannot be before"), en.body());
        assertEquals(400, search(AUDITOR, "size=501").statusCode());
        assertEquals(400, search(AUDITOR, "outcome=maybe").statusCode());
    }

    @Test
    void csvExport_isUtf8WithBom_hasALocalisedHeader_andNeutralisesFormulas() throws Exception {
        signInToTheConsoleWithUserAgent(AUDITOR, FORMULA);
        HttpResponse<byte[]> csv = get(API + ".csv?action=SIGN_IN&actor=" + AUDITOR, AUDITOR, "zh-CN",
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, csv.statusCode(), new String(csv.body(), StandardCharsets.UTF_8));
        assertTrue(csv.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
        String disposition = csv.headers().firstValue("Content-Disposition").orElse("");
        assertTrue(disposition.matches("attachment; filename=\"audit-\\d{8}-\\d{6}\\.csv\""), disposition);
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        assertArrayEquals(bom, Arrays.copyOf(csv.body(), 3), "UTF-8 byte order mark");

        List<String> lines = new String(csv.body(), 3, csv.body().length - 3, StandardCharsets.UTF_8).lines().toList();
        assertEquals("编号,时间,操作人,角色,范围,来源地址,操作,操作对象,结果,详情", lines.get(0));
        assertTrue(lines.size() >= 2, lines.toString());
        assertTrue(lines.stream().skip(1).allMatch(l -> l.contains("," + AUDITOR + ",") && l.contains(",SIGN_IN,")),
                lines.toString());
        String neutralised = "\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"x\"\")\"";
        assertTrue(lines.stream().anyMatch(l -> l.endsWith("," + neutralised)), lines.toString());
        assertTrue(lines.stream().noneMatch(l -> l.contains(",=") || l.contains(",\"=")), lines.toString());

        HttpResponse<String> exports = search(AUDITOR, "actor=" + AUDITOR + "&action=AUDIT_EXPORT");
        assertTrue(total(exports) >= 1, "the export is recorded: " + exports.body());
    }

    /** A console visit with a bearer token starts a session, which is audited as SIGN_IN with the User-Agent. */
    private static void signInToTheConsoleWithUserAgent(String username, String userAgent) throws Exception {
        HttpResponse<String> console = CLIENT.send(HttpRequest.newBuilder(
                URI.create(Deployments.BASE_URL + "/console/index.xhtml")).header("User-Agent", userAgent)
                .header("Authorization", "Bearer " + TestKeycloak.accessToken(username)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertEquals(200, console.statusCode(), console.body());
    }

    @Test
    void csvExport_headerFollowsAcceptLanguage() throws Exception {
        HttpResponse<String> csv = get(API + ".csv?actor=" + AUDITOR, AUDITOR, "en",
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertEquals(200, csv.statusCode(), csv.body());
        String header = "ID,Time,User,Roles,Scope,Source address,Action,Target,Outcome,Detail";
        assertTrue(csv.body().startsWith("\uFEFF" + header + "\r\n"), csv.body());
    }

    @Test
    void systemAndSecurityAdministrators_andTeachers_areForbidden() throws Exception {
        for (String user : List.of(SYSTEM_ADMIN, SECURITY_ADMIN, "teacher")) {
            assertEquals(403, search(user, "actor=" + AUDITOR).statusCode(), user + " searching");
            assertEquals(403, get(API + ".csv", user, "zh-CN", HttpResponse.BodyHandlers.discarding()).statusCode(),
                    user + " exporting");
        }
        HttpResponse<Void> anonymous = CLIENT.send(HttpRequest.newBuilder(URI.create(API))
                .header("Accept", "application/json").build(), HttpResponse.BodyHandlers.discarding());
        assertNotEquals(200, anonymous.statusCode());
    }

    @Test
    void systemAdministrator_isShownAccessDenied_onTheAuditPage() {
        signInThroughTheBrowser(SYSTEM_ADMIN);
        AuditRecordsPage page = AuditRecordsPage.open(driver, Deployments.BASE_URL, null);
        assertTrue(page.showsAccessDenied(), driver.getPageSource());
        assertFalse(page.showsTable());
    }

    @Test
    void auditAdministrator_seesTheLogInATable_filtersIt_andGetsTheExportLink() {
        signInThroughTheBrowser(AUDITOR);
        String signIns = "actor=" + AUDITOR + "&action=SIGN_IN";
        AuditRecordsPage page = AuditRecordsPage.open(driver, Deployments.BASE_URL, signIns).awaitTable();
        assertFalse(page.actions().isEmpty(), "the sign-in just now is listed");
        assertTrue(page.actions().stream().allMatch("SIGN_IN"::equals), page.actions().toString());
        assertTrue(page.exportHref().endsWith("/api/v1/audit/records.csv?" + signIns), page.exportHref());

        AuditRecordsPage searches = page.filterByAction("AUDIT_SEARCH");
        assertTrue(driver.getCurrentUrl().contains("action=AUDIT_SEARCH"), driver.getCurrentUrl());
        assertFalse(searches.actions().isEmpty());
        assertTrue(searches.actions().stream().allMatch("AUDIT_SEARCH"::equals), searches.actions().toString());
        assertTrue(searches.exportHref().endsWith("records.csv?actor=" + AUDITOR + "&action=AUDIT_SEARCH"),
                searches.exportHref());
    }

    private void signInThroughTheBrowser(String username) {
        openBrowser(1280, 900);
        driver.get(Deployments.BASE_URL + "/console/index.xhtml");
        RealmLoginPage.await(driver, TestKeycloak.REALM_URL).signIn(username, TestKeycloak.DEMO_PASSWORD);
        ConsoleHomePage.await(driver, Deployments.BASE_URL);
    }
}
