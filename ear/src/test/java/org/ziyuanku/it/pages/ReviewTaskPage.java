package org.ziyuanku.it.pages;

import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/** A review task (console/review/task.xhtml?id=…) opened by its address, and its approve button. */
public class ReviewTaskPage {

    private final WebDriver driver;

    public ReviewTaskPage(WebDriver driver) {
        this.driver = driver;
    }

    public static ReviewTaskPage open(WebDriver driver, String baseUrl, long task) {
        driver.get(baseUrl + "/console/review/task.xhtml?id=" + task);
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> "complete".equals(
                ((org.openqa.selenium.JavascriptExecutor) d).executeScript("return document.readyState")));
        return new ReviewTaskPage(driver);
    }

    /** Presses approve if the page offers it and answers the messages shown; null when there is no approve button. */
    public String approve(String comment) {
        if (driver.findElements(By.id("decisionForm:approve")).isEmpty()) {
            return null;
        }
        driver.findElement(By.id("decisionForm:comment")).sendKeys(comment);
        Navigation.clickAndWaitForNewPage(driver, driver.findElement(By.id("decisionForm:approve")));
        return String.join(" / ", driver.findElements(By.cssSelector(".ui-messages")).stream()
                .map(WebElement::getText).filter(t -> !t.isBlank()).toList());
    }
}
