package org.ziyuanku.it.pages;

import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The audit console's log page (console/audit/records.xhtml), or the access-denied page shown in its place. */
public class AuditRecordsPage {

    private final WebDriver driver;

    public AuditRecordsPage(WebDriver driver) {
        this.driver = driver;
    }

    /** Opens the page with the query string (without "?"), or none when null. */
    public static AuditRecordsPage open(WebDriver driver, String baseUrl, String query) {
        driver.get(baseUrl + "/console/audit/records.xhtml" + (query == null ? "" : "?" + query));
        return new AuditRecordsPage(driver);
    }

    /** Waits until the table of records is shown. */
    public AuditRecordsPage awaitTable() {
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> !d.findElements(By.id("auditRecords")).isEmpty());
        return this;
    }

    public boolean showsTable() {
        return !driver.findElements(By.id("auditRecords")).isEmpty();
    }

    public boolean showsAccessDenied() {
        return !driver.findElements(By.id("accessDenied")).isEmpty();
    }

    /** The action code of every row shown. */
    public List<String> actions() {
        return driver.findElements(By.cssSelector("#auditRecords .zyk-audit-action")).stream().map(WebElement::getText)
                .toList();
    }

    public String exportHref() {
        return driver.findElement(By.id("exportCsv")).getDomProperty("href");
    }

    /** Types an action code into the filter form and presses search. */
    public AuditRecordsPage filterByAction(String action) {
        WebElement field = driver.findElement(By.id("filters:action"));
        field.clear();
        field.sendKeys(action);
        Navigation.clickAndWaitForNewPage(driver, driver.findElement(By.id("filters:search")));
        return new AuditRecordsPage(driver).awaitTable();
    }
}
