package org.ziyuanku.it.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.ziyuanku.it.Deployments;
import org.ziyuanku.it.pages.RealmLoginPage;
import org.ziyuanku.it.support.ApiClient;
import org.ziyuanku.it.support.BrowserTest;
import org.ziyuanku.it.support.RosterWorkbook;
import org.ziyuanku.it.support.TestAccounts;
import org.ziyuanku.it.support.TestDatabase;
import org.ziyuanku.it.support.TestKeycloak;
import org.ziyuanku.it.support.TestMailServer;

/**
 * A school's administrator invites people (邀请用户): an Excel sheet creates Keycloak users with the realm role,
 * platform accounts in the school and an e-mail to set the password; a bad sheet creates nothing and names every
 * row; another school's administrator gets 403; the page invites one person.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class MemberImportIT extends BrowserTest {

    private static final String SUFFIX = Long.toString(System.currentTimeMillis() % 100_000);
    private static final String ADMIN_A = "imp-admin-a-" + SUFFIX;
    private static final String ADMIN_B = "imp-admin-b-" + SUFFIX;
    private static final String STUDENT = "imp-student-" + SUFFIX;
    private static final String TEACHER = "imp-teacher-" + SUFFIX;
    private static final String INVITED = "imp-page-" + SUFFIX;
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static long schoolA;
    private static long schoolB;

    @BeforeAll
    static void schoolsAndAdministrators() throws Exception {
        TestKeycloak.ensureRunning();
        TestMailServer.ensureRunning();
        schoolA = TestAccounts.organisation(TestAccounts.SCHOOL_A);
        schoolB = TestAccounts.organisation(TestAccounts.SCHOOL_B);
        TestAccounts.schoolAdministrator(ADMIN_A, schoolA);
        TestAccounts.schoolAdministrator(ADMIN_B, schoolB);
    }

    @AfterAll
    static void deleteWhatWasCreated() throws Exception {
        TestDatabase.update("delete from user_account where username in (?, ?, ?, ?, ?)", ADMIN_A, ADMIN_B, STUDENT,
                TEACHER, INVITED);
    }

    private static String mail(String username) {
        return username + "@school-a.test";
    }

    private static byte[] sheet(Object[]... rows) throws Exception {
        Path file = RosterWorkbook.write(rows);
        return Files.readAllBytes(file);
    }

    private static String importPath(long organisation) {
        return "/api/v1/organisations/" + organisation + "/members/import";
    }

    @Test
    void schoolAdministrator_importsTwoPeople_whoExistWithTheirRole_inTheSchool_andAreEmailed() throws Exception {
        byte[] workbook = sheet(new Object[] {"用户名", "姓名", "邮箱", "身份"},
                new Object[] {STUDENT, "王小明", mail(STUDENT), "学生"},
                new Object[] {TEACHER, "李老师", mail(TEACHER), "教师"});
        HttpResponse<String> answer = ApiClient.as(ADMIN_A).postBytes(importPath(schoolA), XLSX, workbook);
        assertEquals(201, answer.statusCode(), answer.body());
        assertTrue(answer.body().contains(STUDENT) && answer.body().contains(TEACHER), answer.body());

        assertTrue(TestKeycloak.realmRoles(STUDENT).contains("\"learner\""), TestKeycloak.realmRoles(STUDENT));
        assertTrue(TestKeycloak.realmRoles(TEACHER).contains("\"teacher\""), TestKeycloak.realmRoles(TEACHER));
        assertTrue(TestKeycloak.user(TEACHER).contains("UPDATE_PASSWORD"), TestKeycloak.user(TEACHER));
        assertEquals(2, TestDatabase.queryLong("select count(*) from user_account where organisation_id = ? and"
                + " username in (?, ?)", schoolA, STUDENT, TEACHER));
        assertEquals(1, TestDatabase.queryLong("select count(*) from role_grant g join user_account u on u.id ="
                + " g.user_id where u.username = ? and g.role = 'teacher' and g.scope_id = ?", TEACHER, schoolA));
        assertTrue(TestMailServer.awaitActionLink(mail(STUDENT), Duration.ofSeconds(60)).contains("action-token"));
        assertEquals(1, TestDatabase.queryLong("select count(*) from audit_record where action = 'USER_INVITE' and"
                + " target = ? and outcome = 'SUCCESS'", "user:" + TEACHER));
    }

    @Test
    void badSheet_createsNothing_andNamesEveryRow_inTheCallersLanguage() throws Exception {
        String bad = "imp-bad-" + SUFFIX;
        byte[] workbook = sheet(new Object[] {"用户名", "姓名", "邮箱", "身份"},
                new Object[] {bad, "赵六", mail(bad), "学生"},
                new Object[] {bad, "赵七", "no-address", "校长"},
                new Object[] {ADMIN_A, "管理员", mail("x" + bad), "教师"});
        HttpResponse<String> answer = ApiClient.as(ADMIN_A).inLanguage("en").postBytes(importPath(schoolA), XLSX,
                workbook);
        assertEquals(400, answer.statusCode(), answer.body());
        assertTrue(answer.body().contains("is also on row 2"), answer.body());
        assertTrue(answer.body().contains("\"row\":4") && answer.body().contains("already taken"), answer.body());
        assertEquals("[]", TestKeycloak.user(bad).strip());
        assertEquals(0, TestDatabase.queryLong("select count(*) from user_account where username = ?", bad));
    }

    @Test
    void anotherSchoolsAdministrator_isForbidden() throws Exception {
        byte[] workbook = sheet(new Object[] {"用户名", "姓名", "邮箱", "身份"},
                new Object[] {"imp-b-" + SUFFIX, "钱八", mail("imp-b-" + SUFFIX), "学生"});
        HttpResponse<String> answer = ApiClient.as(ADMIN_B).postBytes(importPath(schoolA), XLSX, workbook);
        assertEquals(403, answer.statusCode(), answer.body());
        assertEquals("[]", TestKeycloak.user("imp-b-" + SUFFIX).strip());
        assertEquals(1, TestDatabase.queryLong("select count(*) from audit_record where action = 'USER_INVITE' and"
                + " actor = ? and outcome = 'DENIED'", ADMIN_B));
    }

    @Test
    void invitationPage_invitesOnePerson() throws Exception {
        openBrowser(1280, 900);
        driver.get(Deployments.BASE_URL + "/console/identity/import.xhtml?organisation=" + schoolA);
        RealmLoginPage.await(driver, TestKeycloak.REALM_URL).signIn(ADMIN_A, TestKeycloak.DEMO_PASSWORD);
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> !d.findElements(By.id("inviteForm:username"))
                .isEmpty());
        driver.findElement(By.id("inviteForm:username")).sendKeys(INVITED);
        driver.findElement(By.id("inviteForm:name")).sendKeys("孙老师");
        driver.findElement(By.id("inviteForm:email")).sendKeys(mail(INVITED));
        driver.findElement(By.id("inviteForm:invite")).click();
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> !d.findElements(By.id("importReport")).isEmpty());
        assertTrue(driver.findElement(By.id("importReport")).getText().contains("已创建 1 个账号"),
                driver.findElement(By.id("importReport")).getText());
        assertFalse(TestKeycloak.user(INVITED).strip().equals("[]"));
        assertTrue(TestMailServer.awaitActionLink(mail(INVITED), Duration.ofSeconds(60)).contains("action-token"));
    }
}
