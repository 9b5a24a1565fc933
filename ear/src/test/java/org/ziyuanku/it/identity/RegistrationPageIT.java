package org.ziyuanku.it.identity;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.ziyuanku.it.Deployments;
import org.ziyuanku.it.pages.ConsoleHomePage;
import org.ziyuanku.it.pages.RealmLoginPage;
import org.ziyuanku.it.pages.RegistrationPage;
import org.ziyuanku.it.support.BrowserTest;
import org.ziyuanku.it.support.TestKeycloak;
import org.ziyuanku.it.support.TestMailServer;

/**
 * Self-registration through the real Keycloak: register, follow the e-mailed link, choose a password, and reach the
 * console as a learner.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RegistrationPageIT extends BrowserTest {

    private static final String BASE = Deployments.BASE_URL;

    @BeforeAll
    static void servers() {
        TestMailServer.ensureRunning();
        TestKeycloak.ensureRunning();
    }

    @Test
    void register_followEmailLink_thenSignInAsLearner() {
        String username = "learner" + System.currentTimeMillis() % 1_000_000;
        String email = username + "@school.example";
        openBrowser(1280, 900);
        driver.get(BASE + "/console/index.xhtml");
        RealmLoginPage login = RealmLoginPage.await(driver, TestKeycloak.REALM_URL);
        RegistrationPage.openFrom(login, driver).register(username, email);

        assertTrue(driver.findElements(By.id("roles")).isEmpty(), "no console before the e-mail is verified");
        driver.get(TestMailServer.awaitActionLink(email, Duration.ofSeconds(60)));
        RegistrationPage.choosePassword(driver, "Learner2026x");

        driver.get(BASE + "/console/index.xhtml");
        if (!driver.getCurrentUrl().startsWith(BASE)) {
            RealmLoginPage.await(driver, TestKeycloak.REALM_URL).signIn(username, "Learner2026x");
        }
        ConsoleHomePage console = ConsoleHomePage.await(driver, BASE);
        assertTrue(console.signedInAs().contains(username), console.signedInAs());
        assertTrue(console.roles().contains("学习者"), console.roles().toString());
    }
}
