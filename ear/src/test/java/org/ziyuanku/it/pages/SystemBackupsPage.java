package org.ziyuanku.it.pages;

import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The system administrator's backups page (console/system/backups.xhtml), or the access-denied page in its place. */
public class SystemBackupsPage {

    private final WebDriver driver;

    public SystemBackupsPage(WebDriver driver) {
        this.driver = driver;
    }

    public static SystemBackupsPage open(WebDriver driver, String baseUrl) {
        driver.get(baseUrl + "/console/system/backups.xhtml");
        return new SystemBackupsPage(driver);
    }

    public SystemBackupsPage awaitTable() {
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> !d.findElements(By.id("backupRuns")).isEmpty());
        return this;
    }

    public boolean showsTable() {
        return !driver.findElements(By.id("backupRuns")).isEmpty();
    }

    public boolean showsAccessDenied() {
        return !driver.findElements(By.id("accessDenied")).isEmpty();
    }

    /** Presses "back up now" (a Faces postback) and waits for the page it answers with. */
    public SystemBackupsPage backUpNow() {
        Navigation.clickAndWaitForNewPage(driver, driver.findElement(By.id("backupForm:backupNow")));
        return awaitTable();
    }

    /** The texts of the global messages shown. */
    public String messages() {
        return driver.findElements(By.id("globalMessages")).stream().map(WebElement::getText).findFirst().orElse("");
    }

    /** The run ids of the rows, top to bottom. */
    public List<String> runs() {
        return texts("#backupRuns .zyk-backup-run");
    }

    /** The outcome code (RUNNING, SUCCESS, FAILURE) of the row of this run, or "" when it is not listed. */
    public String outcomeOf(long run) {
        return cellOf(run, ".zyk-backup-outcome", "data-outcome");
    }

    /** The manifest checksum shown in the row of this run, or "" when it is not listed. */
    public String checksumOf(long run) {
        return cellOf(run, ".zyk-backup-checksum", null);
    }

    private String cellOf(long run, String css, String attribute) {
        for (WebElement row : driver.findElements(By.cssSelector("#backupRuns tbody tr"))) {
            List<WebElement> id = row.findElements(By.cssSelector(".zyk-backup-run"));
            if (!id.isEmpty() && id.get(0).getText().strip().equals(Long.toString(run))) {
                WebElement cell = row.findElement(By.cssSelector(css));
                return attribute == null ? cell.getText().strip() : cell.getDomAttribute(attribute);
            }
        }
        return "";
    }

    private List<String> texts(String css) {
        return driver.findElements(By.cssSelector(css)).stream().map(e -> e.getText().strip()).toList();
    }
}
