package org.ziyuanku.it.support;

import org.junit.jupiter.api.AfterEach;
import org.openqa.selenium.chrome.ChromeDriver;

/** Base of the browser tests: one headless Chromium per test method, closed after it whatever happened. */
public abstract class BrowserTest {

    protected ChromeDriver driver;

    protected ChromeDriver openBrowser(int width, int height) {
        driver = Browser.open(width, height);
        return driver;
    }

    @AfterEach
    void closeBrowser() {
        if (driver != null) {
            driver.quit();
            driver = null;
        }
    }
}
