package org.ziyuanku.it.pages;

import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A resource's portal page with the learner's actions (rating, favourite, notes at a player position, comments): each
 * action is an API call after which the page reloads.
 */
public class ResourceActionsPage {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private final WebDriver driver;

    public ResourceActionsPage(WebDriver driver) {
        this.driver = driver;
    }

    /** Opens the resource's page (optionally at a player position) and waits for the learner actions. */
    public static ResourceActionsPage open(WebDriver driver, String baseUrl, long resourceId) {
        driver.get(baseUrl + "/portal/resource/view.xhtml?id=" + resourceId);
        return await(driver);
    }

    public static ResourceActionsPage await(WebDriver driver) {
        new WebDriverWait(driver, WAIT).until(d -> !d.findElements(By.id("learnerActions")).isEmpty()
                && "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
        return new ResourceActionsPage(driver);
    }

    public void rate(int stars) {
        Navigation.clickAndWaitForNewPage(driver, driver.findElement(By.id("rate" + stars)));
        await(driver);
    }

    public String ratingText() {
        return driver.findElement(By.id("ratingAverage")).getText();
    }

    public void addToFavourites() {
        Navigation.clickAndWaitForNewPage(driver, driver.findElement(By.id("favouriteButton")));
        await(driver);
    }

    public String favouriteButtonText() {
        return driver.findElement(By.id("favouriteButton")).getText();
    }

    /** Puts the player at the second (as a learner dragging it there) and saves a note. */
    public void writeNoteAt(int seconds, String text) {
        ((JavascriptExecutor) driver).executeScript("var p = document.getElementById('player'); p.pause();"
                + " p.currentTime = arguments[0];", seconds);
        driver.findElement(By.id("noteBody")).sendKeys(text);
        Navigation.clickAndWaitForNewPage(driver, driver.findElement(By.id("noteSave")));
        await(driver);
    }

    /** The link of the first note that keeps a position. */
    public WebElement firstNoteLink() {
        return driver.findElement(By.cssSelector("#notes a[id^='noteLink-']"));
    }

    /** The player's position in seconds. */
    public double playerPosition() {
        Object position = ((JavascriptExecutor) driver).executeScript(
                "return document.getElementById('player').currentTime;");
        return ((Number) position).doubleValue();
    }

    /** Whether the page is no wider than the window (nothing to scroll sideways). */
    public boolean fitsTheWindow() {
        Object fits = ((JavascriptExecutor) driver).executeScript(
                "return document.documentElement.scrollWidth <= window.innerWidth;");
        return Boolean.TRUE.equals(fits);
    }
}
