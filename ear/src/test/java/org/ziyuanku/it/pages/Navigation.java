package org.ziyuanku.it.pages;

import java.time.Duration;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Clicks that load a new page, and waits until that page has replaced the old one and finished loading. */
public final class Navigation {

    private static final Duration TIMEOUT = Duration.ofSeconds(20);

    private Navigation() {
    }

    public static void clickAndWaitForNewPage(WebDriver driver, WebElement element) {
        element.click();
        WebDriverWait wait = new WebDriverWait(driver, TIMEOUT);
        wait.until(d -> isGone(element));
        wait.until(d -> "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
    }

    /**
     * Whether the element's page has been replaced. Besides a stale reference, Chromium sometimes answers for an
     * element of a page being unloaded that its node "does not belong to the document": that is gone too.
     */
    private static boolean isGone(WebElement element) {
        try {
            element.isEnabled();
            return false;
        } catch (StaleElementReferenceException | NoSuchElementException e) {
            return true;
        } catch (WebDriverException e) {
            if (e.getMessage() != null && e.getMessage().contains("does not belong to the document")) {
                return true;
            }
            throw e;
        }
    }
}
