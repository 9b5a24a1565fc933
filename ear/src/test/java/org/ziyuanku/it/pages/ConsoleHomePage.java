package org.ziyuanku.it.pages;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The signed-in console's home page: who is signed in, what waits for them, and the menu of their roles. */
public class ConsoleHomePage {

    private final WebDriver driver;

    public ConsoleHomePage(WebDriver driver) {
        this.driver = driver;
    }

    public static ConsoleHomePage await(WebDriver driver, String baseUrl) {
        new WebDriverWait(driver, Duration.ofSeconds(30))
                .until(d -> d.getCurrentUrl().startsWith(baseUrl + "/console/") && !d.findElements(By.id("roles")).isEmpty());
        return new ConsoleHomePage(driver);
    }

    public String signedInAs() {
        return driver.findElement(By.id("signedInAs")).getText();
    }

    public List<String> roles() {
        return driver.findElements(By.cssSelector("#roles li")).stream().map(WebElement::getText).toList();
    }

    /** The ids of the menu's entries, in page order. */
    public List<String> menuEntries() {
        return driver.findElements(By.cssSelector("#consoleMenu li a")).stream().map(a -> a.getAttribute("id")).toList();
    }

    /** How many list items of the home page (menu, figures, roles) show no text at all. */
    public long emptyItems() {
        return driver.findElements(By.cssSelector("#consoleHome li")).stream().filter(li -> li.getText().isBlank())
                .count();
    }

    /** Every link of the home page but the sign-out: its href and the text a screen reader reads for it. */
    public Map<String, String> links() {
        Map<String, String> links = new LinkedHashMap<>();
        for (WebElement a : driver.findElements(By.cssSelector("#consoleHome a:not(#signOut)"))) {
            String label = a.getAttribute("aria-label");
            links.put(a.getAttribute("href"), label == null || label.isBlank() ? a.getText() : label);
        }
        return links;
    }

    /** Whether the figure with this id (countDrafts, countReturned, countUnread …) is shown. */
    public boolean shows(String figureId) {
        return !driver.findElements(By.id(figureId)).isEmpty();
    }

    /** The number a figure shows. */
    public long figure(String figureId) {
        return Long.parseLong(driver.findElement(By.cssSelector("#" + figureId + " .zyk-count")).getText().strip());
    }

    /** The open review tasks shown for one level, 0 when that level is not listed. */
    public long tasksAtLevel(int level) {
        List<WebElement> found = driver.findElements(By.cssSelector("a.zyk-tasks-level[data-level='" + level
                + "'] .zyk-count"));
        return found.isEmpty() ? 0 : Long.parseLong(found.get(0).getText().strip());
    }

    /** The href of a figure's or an entry's link. */
    public String hrefOf(String id) {
        return driver.findElement(By.id(id)).getAttribute("href");
    }

    /** The accessible name of the overview of what waits (its aria-label). */
    public String waitingLabel() {
        return driver.findElement(By.id("waiting")).getAttribute("aria-label");
    }

    /** Signs out, confirming at the identity provider if it asks, and waits for the portal's home page. */
    public void signOut(String baseUrl) {
        Navigation.clickAndWaitForNewPage(driver, driver.findElement(By.id("signOut")));
        List<WebElement> confirm = driver.findElements(By.id("kc-logout"));
        if (!confirm.isEmpty()) {
            Navigation.clickAndWaitForNewPage(driver, confirm.get(0));
        }
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> d.getCurrentUrl().startsWith(baseUrl + "/"));
    }
}
