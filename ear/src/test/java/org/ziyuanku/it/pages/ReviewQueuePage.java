package org.ziyuanku.it.pages;

import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/** A reviewer's queue (console/review/queue.xhtml) and the task page (console/review/task.xhtml) it leads to. */
public class ReviewQueuePage {

    private final WebDriver driver;

    private ReviewQueuePage(WebDriver driver) {
        this.driver = driver;
    }

    /**
     * Opens the queue of the signed-in reviewer, 100 tasks a page (the largest page), so that the tasks of the test
     * are on it even when older tasks of the reviewer's unit are still open.
     */
    public static ReviewQueuePage open(WebDriver driver, String baseUrl) {
        driver.get(baseUrl + "/console/review/queue.xhtml?size=100");
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> !d.findElements(By.id("queueForm")).isEmpty());
        return new ReviewQueuePage(driver);
    }

    /** Whether the queue lists a task about the resource. */
    public boolean lists(long resource) {
        return !rows(resource).isEmpty();
    }

    /** Opens the task about the resource and decides it; answers the message the page shows. */
    public String decide(long resource, String decision, String comment, String titleReason) {
        Navigation.clickAndWaitForNewPage(driver, rows(resource).get(0).findElement(By.cssSelector("a.zyk-task-link")));
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> !d.findElements(By.id("decisionForm")).isEmpty());
        if (comment != null) {
            driver.findElement(By.id("decisionForm:comment")).sendKeys(comment);
        }
        if (titleReason != null) {
            driver.findElement(By.id("decisionForm:reason_TITLE")).sendKeys(titleReason);
        }
        Navigation.clickAndWaitForNewPage(driver, driver.findElement(By.id("APPROVE".equals(decision)
                ? "decisionForm:approve" : "decisionForm:reject")));
        return driver.findElement(By.id("globalMessages")).getText();
    }

    /** Selects the tasks about the resources, writes one comment and presses approve or reject; answers the message. */
    public String decideAll(List<Long> resources, String comment, String decision) {
        resources.forEach(r -> rows(r).get(0).findElement(By.cssSelector("td.ui-selection-column .ui-chkbox-box"))
                .click());
        driver.findElement(By.id("queueForm:comment")).sendKeys(comment);
        Navigation.clickAndWaitForNewPage(driver, driver.findElement(By.id("APPROVE".equals(decision)
                ? "queueForm:approve" : "queueForm:reject")));
        return driver.findElement(By.id("globalMessages")).getText();
    }

    /** Opens the task about the resource and answers the words the page marks as flagged. */
    public List<String> flaggedWordsOf(long resource) {
        Navigation.clickAndWaitForNewPage(driver, rows(resource).get(0).findElement(By.cssSelector("a.zyk-task-link")));
        return driver.findElements(By.cssSelector("#reviewedTexts mark.zyk-flagged-word")).stream()
                .map(WebElement::getText).toList();
    }

    private List<WebElement> rows(long resource) {
        return driver.findElements(By.xpath("//*[@id='queueForm:queue']//tr[.//*[@data-subject='" + resource + "']]"));
    }
}
