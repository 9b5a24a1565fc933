package org.ziyuanku.it.pages;

import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The system administrator's operations page (console/system/operations.xhtml), or the access-denied page. */
public class OperationsPage {

    private final WebDriver driver;

    public OperationsPage(WebDriver driver) {
        this.driver = driver;
    }

    public static OperationsPage open(WebDriver driver, String baseUrl) {
        driver.get(baseUrl + "/console/system/operations.xhtml");
        return new OperationsPage(driver);
    }

    public OperationsPage awaitPage() {
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> !d.findElements(By.id("nodeHealth")).isEmpty());
        return this;
    }

    public boolean showsOverview() {
        return !driver.findElements(By.id("nodeHealth")).isEmpty();
    }

    public boolean showsAccessDenied() {
        return !driver.findElements(By.id("accessDenied")).isEmpty();
    }

    /** UP or DOWN, as the database health shows it. */
    public String databaseStatus() {
        return driver.findElement(By.id("databaseHealth")).getDomAttribute("data-status");
    }

    public String backupsLinkHref() {
        return driver.findElement(By.id("backupsLink")).getDomProperty("href");
    }

    /** The job names of the job runs listed, newest first. */
    public List<String> jobNames() {
        return driver.findElements(By.cssSelector("#jobExecutions .zyk-job-name")).stream().map(WebElement::getText)
                .map(String::strip).toList();
    }

    /** The bytes the figure with this id (diskStore, diskFree) carries. */
    public long bytes(String id) {
        return Long.parseLong(driver.findElement(By.id(id)).getDomAttribute("data-bytes"));
    }

    public String certificate() {
        return driver.findElement(By.id("certificateExpiry")).getText().strip();
    }

    /** The server certificate's days left as the page states them (data-days-left). */
    public long certificateDaysLeft() {
        return Long.parseLong(driver.findElement(By.id("certificateExpiry")).getDomAttribute("data-days-left"));
    }

    /** Whether the page warns that the certificate needs renewing. */
    public boolean warnsOfCertificateExpiry() {
        return !driver.findElements(By.id("certificateWarning")).isEmpty();
    }
}
