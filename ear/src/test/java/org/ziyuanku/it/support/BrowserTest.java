package org.ziyuanku.it.support;

import org.junit.jupiter.api.AfterEach;
import org.openqa.selenium.chrome.ChromeDriver;
import org.ziyuanku.it.Deployments;
import org.ziyuanku.it.pages.RealmLoginPage;

/** Base of the browser tests: one headless Chromium per test method, closed after it whatever happened. */
public abstract class BrowserTest {

    protected ChromeDriver driver;

    protected ChromeDriver openBrowser(int width, int height) {
        driver = Browser.open(width, height);
        return driver;
    }

    /** Closes the browser there is, opens a new one and signs in to the console as {@code username}. */
    protected void signInAfresh(String username) {
        if (driver != null) {
            driver.quit();
        }
        openBrowser(1280, 900);
        driver.get(Deployments.BASE_URL + "/console/index.xhtml");
        RealmLoginPage.await(driver, TestKeycloak.REALM_URL).signIn(username, TestKeycloak.DEMO_PASSWORD);
    }

    @AfterEach
    void closeBrowser() {
        if (driver != null) {
            driver.quit();
            driver = null;
        }
    }
}
