package org.ziyuanku.it.pages;

import java.time.Duration;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Clicks that load a new page, and waits until that page has replaced the old one and finished loading. */
final class Navigation {

    private static final Duration TIMEOUT = Duration.ofSeconds(20);

    private Navigation() {
    }

    static void clickAndWaitForNewPage(WebDriver driver, WebElement element) {
        element.click();
        WebDriverWait wait = new WebDriverWait(driver, TIMEOUT);
        wait.until(ExpectedConditions.stalenessOf(element));
        wait.until(d -> "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
    }
}
