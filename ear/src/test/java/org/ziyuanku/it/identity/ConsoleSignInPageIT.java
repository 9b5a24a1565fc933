package org.ziyuanku.it.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.ziyuanku.it.Deployments;
import org.ziyuanku.it.pages.ConsoleHomePage;
import org.ziyuanku.it.pages.Navigation;
import org.ziyuanku.it.pages.RealmLoginPage;
import org.ziyuanku.it.support.BrowserTest;
import org.ziyuanku.it.support.TestKeycloak;

/**
 * Signing in to the console through the real Keycloak, in headless Chromium; signing out ends Keycloak's session
 * too, at once.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ConsoleSignInPageIT extends BrowserTest {

    private static final String BASE = Deployments.BASE_URL;

    @BeforeAll
    static void keycloak() {
        TestKeycloak.ensureRunning();
    }

    @Test
    void anonymousConsole_redirectsToRealmLogin_teacherSignsInAndOut() {
        openBrowser(1280, 900);
        driver.get(BASE + "/console/index.xhtml");
        RealmLoginPage.await(driver, TestKeycloak.REALM_URL).signIn("teacher", TestKeycloak.DEMO_PASSWORD);

        ConsoleHomePage console = ConsoleHomePage.await(driver, BASE);
        assertTrue(console.signedInAs().contains("teacher"), console.signedInAs());
        assertTrue(console.roles().contains("教师"), console.roles().toString());
        assertFalse(console.roles().contains("系统管理员"), console.roles().toString());

        console.signOut(BASE);
        driver.get(BASE + "/console/index.xhtml");
        RealmLoginPage.await(driver, TestKeycloak.REALM_URL);
    }

    @Test
    void signOut_endsTheKeycloakSessionAtOnce_theConsoleAsksForThePasswordAgain() {
        String user = "signout" + Long.toString(System.currentTimeMillis() % 100_000_000L, 36);
        TestKeycloak.createUser(user, "teacher");
        openBrowser(1280, 900);
        driver.get(BASE + "/console/index.xhtml");
        RealmLoginPage.await(driver, TestKeycloak.REALM_URL).signIn(user, TestKeycloak.DEMO_PASSWORD);
        ConsoleHomePage.await(driver, BASE);
        assertNotEquals("[]", TestKeycloak.sessions(user).strip(), "signed in: Keycloak holds a session");

        Navigation.clickAndWaitForNewPage(driver, driver.findElement(By.id("signOut")));
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> d.getCurrentUrl().startsWith(BASE + "/")
                || !d.findElements(By.id("kc-logout")).isEmpty());
        assertTrue(driver.findElements(By.id("kc-logout")).isEmpty(), "Keycloak did not ask to confirm the sign-out");
        assertTrue(driver.getCurrentUrl().startsWith(BASE + "/"), driver.getCurrentUrl());

        driver.get(BASE + "/console/index.xhtml");
        RealmLoginPage.await(driver, TestKeycloak.REALM_URL);
        assertFalse(driver.findElements(By.id("password")).isEmpty(), "the password form is shown again");
        assertTrue(driver.findElements(By.id("roles")).isEmpty(), "the console stays closed");
        assertEquals("[]", TestKeycloak.sessions(user).strip(), "Keycloak holds no session of the user");
    }

    @Test
    void administrator_mustSetUpTotp_andCannotReachTheConsoleWithoutIt() {
        openBrowser(1280, 900);
        driver.get(BASE + "/console/index.xhtml");
        RealmLoginPage.await(driver, TestKeycloak.REALM_URL).signIn("schooladmin", TestKeycloak.DEMO_PASSWORD);
        assertTrue(driver.getCurrentUrl().startsWith(TestKeycloak.REALM_URL), driver.getCurrentUrl());
        assertFalse(driver.findElements(By.id("totp")).isEmpty(), "the TOTP set-up form is shown");

        driver.get(BASE + "/console/index.xhtml");
        assertTrue(driver.getCurrentUrl().startsWith(TestKeycloak.REALM_URL), "still held at the identity provider");
        assertTrue(driver.findElements(By.id("roles")).isEmpty());
    }

    @Test
    void fiveBadPasswords_lockTheAccount_evenTheRightPasswordIsRefused() {
        openBrowser(1280, 900);
        driver.get(BASE + "/console/index.xhtml");
        RealmLoginPage login = RealmLoginPage.await(driver, TestKeycloak.REALM_URL);
        for (int i = 0; i < 5; i++) {
            login.signIn("reviewer", "Wrong-password-" + i);
            assertTrue(login.showsError(), "attempt " + i + " is refused");
        }
        login.signIn("reviewer", TestKeycloak.DEMO_PASSWORD);
        assertTrue(driver.getCurrentUrl().startsWith(TestKeycloak.REALM_URL), driver.getCurrentUrl());
        assertTrue(driver.findElements(By.id("roles")).isEmpty(), "the console stays closed");
    }
}
