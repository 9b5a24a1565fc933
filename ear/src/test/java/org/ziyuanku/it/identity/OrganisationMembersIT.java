package org.ziyuanku.it.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.time.Duration;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.ziyuanku.it.Deployments;
import org.ziyuanku.it.pages.RealmLoginPage;
import org.ziyuanku.it.support.ApiClient;
import org.ziyuanku.it.support.BrowserTest;
import org.ziyuanku.it.support.TestAccounts;
import org.ziyuanku.it.support.TestDatabase;
import org.ziyuanku.it.support.TestKeycloak;

/**
 * Roles hold within a scope, enforced in the service layer: school A's administrator lists school A's people and
 * gets 403 for school B's, through the API and on the console page; a teacher without a grant gets 403 too.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class OrganisationMembersIT extends BrowserTest {

    private static final String SUFFIX = Long.toString(System.currentTimeMillis() % 100_000);
    private static final String ADMIN_A = "admin-a-" + SUFFIX;
    private static final String TEACHER_A = "teacher-a-" + SUFFIX;
    private static final String TEACHER_B = "teacher-b-" + SUFFIX;
    private static final String LEAVER_A = "leaver-a-" + SUFFIX;
    private static long schoolA;
    private static long schoolB;

    @BeforeAll
    static void schoolsPeopleAndGrants() throws Exception {
        TestKeycloak.ensureRunning();
        TestKeycloak.createUser(TEACHER_A, "teacher");
        schoolA = TestAccounts.organisation(TestAccounts.SCHOOL_A);
        schoolB = TestAccounts.organisation(TestAccounts.SCHOOL_B);
        TestAccounts.schoolAdministrator(ADMIN_A, schoolA);
        TestAccounts.account(TEACHER_A, schoolA);
        TestKeycloak.createUser(LEAVER_A, "teacher");
        TestAccounts.account(LEAVER_A, schoolA);
        TestAccounts.account(TEACHER_B, schoolB);
    }

    @AfterAll
    static void deleteWhatWasCreated() throws Exception {
        TestDatabase.update("delete from user_account where username in (?, ?, ?, ?)", ADMIN_A, TEACHER_A, TEACHER_B,
                LEAVER_A);
    }

    private static HttpResponse<String> members(String username, long organisation) {
        return ApiClient.as(username).get("/api/v1/organisations/" + organisation + "/members");
    }

    @Test
    void schoolAdministrator_listsTheirOwnSchool() throws Exception {
        HttpResponse<String> own = members(ADMIN_A, schoolA);
        assertEquals(200, own.statusCode(), own.body());
        assertTrue(own.body().contains(TEACHER_A), own.body());
        assertFalse(own.body().contains(TEACHER_B), own.body());
    }

    @Test
    void schoolAdministrator_getsForbiddenForAnotherSchool() throws Exception {
        HttpResponse<String> other = members(ADMIN_A, schoolB);
        assertEquals(403, other.statusCode(), other.body());
        assertTrue(other.body().contains("\"error\":\"forbidden\""), other.body());
    }

    @Test
    void schoolAdministrator_seesTheirSchoolsPage_disablesAMember_andIsForbiddenOnAnother() throws Exception {
        openBrowser(1280, 900);
        driver.get(Deployments.BASE_URL + "/console/index.xhtml");
        RealmLoginPage.await(driver, TestKeycloak.REALM_URL).signIn(ADMIN_A, TestKeycloak.DEMO_PASSWORD);
        driver.get(Deployments.BASE_URL + "/console/identity/members.xhtml?organisation=" + schoolA);
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> !d.findElements(By.id("membersForm:members")).isEmpty());
        assertTrue(driver.findElement(By.id("membersForm:members")).getText().contains(TEACHER_A));

        driver.findElement(By.xpath("//tr[contains(., '" + LEAVER_A + "')]//button[contains(@class, 'zyk-disable')]"))
                .click();
        new WebDriverWait(driver, Duration.ofSeconds(30)).ignoring(StaleElementReferenceException.class)
                .until(d -> d.findElement(By.id("globalMessages")).getText().contains("已停用 " + LEAVER_A));
        assertTrue(TestKeycloak.user(LEAVER_A).contains("\"enabled\":false"), "Keycloak refuses the sign-in too");
        assertEquals(1, TestDatabase.queryLong("select count(*) from user_account where username = ? and status ="
                + " 'DISABLED'", LEAVER_A));

        driver.get(Deployments.BASE_URL + "/console/identity/members.xhtml?organisation=" + schoolB);
        assertFalse(driver.findElements(By.id("accessDenied")).isEmpty(), "the 403 page says the user may not");
        assertTrue(driver.findElements(By.id("membersForm:members")).isEmpty());
        assertFalse(driver.getPageSource().contains(TEACHER_B));
    }

    @Test
    void deepLinkOpenedSignedOut_landsOnThePageWithItsParameterAfterSignIn() throws Exception {
        openBrowser(1280, 900);
        driver.get(Deployments.BASE_URL + "/console/identity/members.xhtml?organisation=" + schoolA);
        RealmLoginPage.await(driver, TestKeycloak.REALM_URL).signIn(ADMIN_A, TestKeycloak.DEMO_PASSWORD);
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> !d.findElements(By.id("membersForm:members")).isEmpty());
        assertTrue(driver.getCurrentUrl().endsWith("/console/identity/members.xhtml?organisation=" + schoolA),
                driver.getCurrentUrl());
        assertTrue(driver.findElement(By.id("membersForm:members")).getText().contains(TEACHER_A));

        driver.get(Deployments.BASE_URL + "/console/identity/members.xhtml");
        assertFalse(driver.getCurrentUrl().contains("organisation="), "the kept link is used once");
    }

    @Test
    void teacherWithoutGrant_getsForbidden_unknownSchoolIsNotFound() throws Exception {
        assertEquals(403, members(TEACHER_A, schoolA).statusCode());
        assertEquals(404, members(ADMIN_A, 999_999_999L).statusCode());
    }
}
