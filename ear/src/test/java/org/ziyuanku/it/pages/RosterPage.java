package org.ziyuanku.it.pages;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/** A school's real-name roster in the identity console (console/identity/roster.xhtml), as its administrator sees it. */
public class RosterPage {

    private final WebDriver driver;

    private RosterPage(WebDriver driver) {
        this.driver = driver;
    }

    /** Opens the roster of the organisation, for a signed-in administrator, and waits for the import form. */
    public static RosterPage open(WebDriver driver, String baseUrl, long organisation) {
        driver.get(baseUrl + "/console/identity/roster.xhtml?organisation=" + organisation);
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> !d.findElements(By.id("rosterForm")).isEmpty());
        return new RosterPage(driver);
    }

    /** Chooses the file, presses the import button and waits for the page with the import's report. */
    public RosterPage importFile(Path file) {
        driver.findElement(By.cssSelector("#rosterForm input[type=file]")).sendKeys(file.toAbsolutePath().toString());
        Navigation.clickAndWaitForNewPage(driver, driver.findElement(By.id("rosterForm:importRoster")));
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> !d.findElements(By.id("rosterReport")).isEmpty());
        return this;
    }

    /** The report's text: what was added, updated and kept, or that nothing was stored. */
    public String report() {
        return driver.findElement(By.id("rosterReport")).getText();
    }

    /** The report's lines about rows to correct, e.g. "第 3 行：身份“校长”无法识别…". */
    public List<String> errors() {
        return driver.findElements(By.cssSelector("#rosterErrors li")).stream().map(WebElement::getText).toList();
    }

    /** The text of the roster table. */
    public String entries() {
        return driver.findElement(By.id("rosterEntries")).getText();
    }
}
