package org.ziyuanku.it.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.ziyuanku.it.Deployments;
import org.ziyuanku.it.pages.ConsoleHomePage;
import org.ziyuanku.it.pages.RealmLoginPage;
import org.ziyuanku.it.support.ApiClient;
import org.ziyuanku.it.support.BrowserTest;
import org.ziyuanku.it.support.TestAccounts;
import org.ziyuanku.it.support.TestDatabase;
import org.ziyuanku.it.support.TestKeycloak;

/**
 * Role grants under the separation of duties (三权分立): the audit and system administrators cannot grant roles; the
 * security administrator can, and the grant reaches the person's token (Keycloak realm role), an administrator role
 * makes them set up TOTP, revoking takes the role away; a school administrator grants only in their own school.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RoleGrantIT extends BrowserTest {

    private static final String SUFFIX = Long.toString(System.currentTimeMillis() % 100_000);
    private static final String SECURITY = "sec-" + SUFFIX;
    private static final String AUDIT = "aud-" + SUFFIX;
    private static final String SYSTEM = "sys-" + SUFFIX;
    private static final String SCHOOL_ADMIN = "schadm-" + SUFFIX;
    private static final String NEWCOMER = "new-" + SUFFIX;
    private static final String NEW_ADMIN = "newadm-" + SUFFIX;
    private static final String MEMBER_B = "memb-" + SUFFIX;
    private static long schoolA;
    private static long schoolB;

    @BeforeAll
    static void administrators() throws Exception {
        TestKeycloak.ensureRunning();
        schoolA = TestAccounts.organisation(TestAccounts.SCHOOL_A);
        schoolB = TestAccounts.organisation(TestAccounts.SCHOOL_B);
        platformAdministrator(SECURITY, "security-admin");
        platformAdministrator(AUDIT, "audit-admin");
        platformAdministrator(SYSTEM, "system-admin");
        TestAccounts.schoolAdministrator(SCHOOL_ADMIN, schoolA);
        TestKeycloak.createUser(NEWCOMER);
        TestKeycloak.createUser(NEW_ADMIN);
        TestKeycloak.createUser(MEMBER_B);
        TestAccounts.account(MEMBER_B, schoolB);
    }

    private static void platformAdministrator(String username, String role) throws Exception {
        TestKeycloak.createUser(username, role);
        TestAccounts.grant(TestAccounts.account(username, null), role, "PLATFORM", 0);
    }

    private static HttpResponse<String> grant(String caller, String username, String role, String scopeType,
            long scopeId) throws Exception {
        String body = "{\"username\":\"" + username + "\",\"role\":\"" + role + "\",\"scopeType\":\"" + scopeType
                + "\",\"scopeId\":" + scopeId + "}";
        return ApiClient.as(caller).postJson("/api/v1/role-grants", body);
    }

    private static HttpResponse<String> call(String caller, String method, String path) {
        return "DELETE".equals(method) ? ApiClient.as(caller).delete(path) : ApiClient.as(caller).get(path);
    }

    private static long grantsOf(String username) throws Exception {
        return TestDatabase.queryLong("select count(*) from role_grant g join user_account u on u.id = g.user_id"
                + " where u.username = ?", username);
    }

    @Test
    void auditAndSystemAdministrators_cannotGrantRoles() throws Exception {
        assertEquals(403, grant(AUDIT, NEWCOMER, "teacher", "ORGANISATION", schoolA).statusCode());
        assertEquals(403, grant(AUDIT, SYSTEM, "security-admin", "PLATFORM", 0).statusCode());
        assertEquals(403, grant(SYSTEM, NEWCOMER, "teacher", "ORGANISATION", schoolA).statusCode());
        assertEquals(403, call(AUDIT, "GET", "/api/v1/role-grants").statusCode());
        assertEquals(0, grantsOf(NEWCOMER));
        assertTrue(TestDatabase.queryLong("select count(*) from audit_record where actor = ? and action = 'ROLE_GRANT'"
                + " and outcome = 'DENIED'", AUDIT) >= 2, "refused attempts are audited");
    }

    @Test
    void securityAdministrator_grantsTeacher_theTokenCarriesIt_andRevokingTakesItAway() throws Exception {
        HttpResponse<String> created = grant(SECURITY, NEWCOMER, "teacher", "ORGANISATION", schoolA);
        assertEquals(201, created.statusCode(), created.body());
        assertEquals(1, grantsOf(NEWCOMER));
        assertTrue(me(NEWCOMER).contains("\"teacher\""), "the realm role reached the token");
        assertEquals(1, TestDatabase.queryLong("select count(*) from audit_record where actor = ? and action ="
                + " 'ROLE_GRANT' and outcome = 'SUCCESS' and target like ?", SECURITY, NEWCOMER + " teacher%"));

        HttpResponse<String> again = grant(SECURITY, NEWCOMER, "teacher", "ORGANISATION", schoolA);
        assertEquals(409, again.statusCode(), again.body());
        assertTrue(again.body().contains("已在此范围内拥有这个角色"), again.body());

        Matcher id = Pattern.compile("\"id\":(\\d+)").matcher(created.body());
        assertTrue(id.find(), created.body());
        assertEquals(204, call(SECURITY, "DELETE", "/api/v1/role-grants/" + id.group(1)).statusCode());
        assertEquals(0, grantsOf(NEWCOMER));
        assertFalse(me(NEWCOMER).contains("\"teacher\""), "the realm role is gone");
    }

    private static String me(String username) throws Exception {
        return call(username, "GET", "/api/v1/me").body();
    }

    @Test
    void administratorRoleGrantedLater_requiresTotpSetup() throws Exception {
        assertEquals(201, grant(SECURITY, NEW_ADMIN, "library-admin", "ORGANISATION", schoolA).statusCode());
        assertTrue(TestKeycloak.user(NEW_ADMIN).contains("CONFIGURE_TOTP"), TestKeycloak.user(NEW_ADMIN));
        assertThrows(IllegalStateException.class, () -> TestKeycloak.accessToken(NEW_ADMIN),
                "no token until TOTP is set up");
    }

    @Test
    void separatedDuties_cannotBeHeldByOnePerson() throws Exception {
        HttpResponse<String> refused = grant(SECURITY, SYSTEM, "audit-admin", "PLATFORM", 0);
        assertEquals(409, refused.statusCode(), refused.body());
        assertTrue(refused.body().contains("三权分立"), refused.body());
    }

    @Test
    void schoolAdministrator_grantsOnlyInTheirOwnSchool() throws Exception {
        assertEquals(403, grant(SCHOOL_ADMIN, MEMBER_B, "teacher", "ORGANISATION", schoolB).statusCode());
        assertEquals(403, grant(SCHOOL_ADMIN, MEMBER_B, "security-admin", "PLATFORM", 0).statusCode());
        HttpResponse<String> otherSchool = grant(SCHOOL_ADMIN, MEMBER_B, "reviewer", "ORGANISATION", schoolA);
        assertEquals(409, otherSchool.statusCode(), otherSchool.body());
        assertEquals(0, grantsOf(MEMBER_B));
    }

    @Test
    void grantsPage_securityAdministratorGrantsAndRevokes_auditAdministratorIsForbidden() {
        openBrowser(1280, 900);
        driver.get(Deployments.BASE_URL + "/console/identity/grants.xhtml");
        RealmLoginPage.await(driver, TestKeycloak.REALM_URL).signIn(SECURITY, TestKeycloak.DEMO_PASSWORD);
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30));
        wait.ignoring(StaleElementReferenceException.class);
        wait.until(d -> !d.findElements(By.id("grantForm:grantUsername")).isEmpty());
        String reviewer = "rev-" + SUFFIX;
        TestKeycloak.createUser(reviewer);
        driver.findElement(By.id("grantForm:grantUsername")).sendKeys(reviewer);
        new Select(driver.findElement(By.id("grantForm:grantRole"))).selectByValue("reviewer");
        new Select(driver.findElement(By.id("grantForm:grantScope"))).selectByValue("ORGANISATION:" + schoolA);
        driver.findElement(By.id("grantForm:submitGrant")).click();
        wait.until(d -> d.findElement(By.id("globalMessages")).getText().contains("已为 " + reviewer + " 授予角色"));
        assertTrue(driver.findElement(By.id("grantsForm:grants")).getText().contains(reviewer));
        driver.findElement(By.xpath("//tr[contains(., '" + reviewer + "')]//button[contains(@class, 'zyk-revoke')]"))
                .click();
        wait.until(d -> d.findElement(By.id("globalMessages")).getText().contains("已撤销 " + reviewer + " 的角色"));
        assertFalse(driver.findElement(By.id("grantsForm:grants")).getText().contains(reviewer));

        driver.get(Deployments.BASE_URL + "/console/index.xhtml");
        ConsoleHomePage.await(driver, Deployments.BASE_URL).signOut(Deployments.BASE_URL);
        driver.get(Deployments.BASE_URL + "/console/identity/grants.xhtml");
        RealmLoginPage.await(driver, TestKeycloak.REALM_URL).signIn(AUDIT, TestKeycloak.DEMO_PASSWORD);
        wait.until(d -> !d.findElements(By.id("accessDenied")).isEmpty());
        assertTrue(driver.findElements(By.id("grantForm:grantUsername")).isEmpty());
    }
}
