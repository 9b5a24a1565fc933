package org.ziyuanku.it.pages;

import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * An author's resources and submissions: ticking a resource on "my resources" and sending it for review, reading a
 * returned submission's reasons on "my submissions", fixing its title and sending it again.
 */
public class ReviewSubmissionsPage {

    private final WebDriver driver;
    private final String baseUrl;

    private ReviewSubmissionsPage(WebDriver driver, String baseUrl) {
        this.driver = driver;
        this.baseUrl = baseUrl;
    }

    public static ReviewSubmissionsPage of(WebDriver driver, String baseUrl) {
        return new ReviewSubmissionsPage(driver, baseUrl);
    }

    /** Selects the resource on "my resources", presses "submit for review"; answers the row's status afterwards. */
    public String submitFromMyResources(long resource) {
        driver.get(baseUrl + "/console/resource/mine.xhtml");
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> !d.findElements(By.id("mineForm")).isEmpty());
        mineRow(resource).findElement(By.cssSelector("td.ui-selection-column .ui-chkbox-box")).click();
        Navigation.clickAndWaitForNewPage(driver, driver.findElement(By.id("mineForm:submitForReview")));
        return mineRow(resource).findElement(By.cssSelector(".zyk-status")).getText();
    }

    private WebElement mineRow(long resource) {
        return driver.findElement(By.xpath("//*[@id='mineForm:mine']//tr[.//*[@data-id='" + resource + "']]"));
    }

    /** The newest submission of the resource on "my submissions", as its text (status, reasons). */
    public String submission(long resource) {
        driver.get(baseUrl + "/console/review/submissions.xhtml");
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> !d.findElements(By.id("submissionsForm"))
                .isEmpty());
        return newest(resource).getText();
    }

    /** Follows "edit details" of the returned submission, sets the title, saves, and sends it for review again. */
    public String fixTitleAndResubmit(long resource, String title) {
        submission(resource);
        Navigation.clickAndWaitForNewPage(driver, newest(resource).findElement(By.cssSelector("a.zyk-describe")));
        driver.findElement(By.id("describeForm:title")).clear();
        driver.findElement(By.id("describeForm:title")).sendKeys(title);
        Navigation.clickAndWaitForNewPage(driver, driver.findElement(By.id("describeForm:save")));
        submission(resource);
        Navigation.clickAndWaitForNewPage(driver, newest(resource).findElement(By.cssSelector("button.zyk-resubmit")));
        return driver.findElement(By.id("globalMessages")).getText();
    }

    private WebElement newest(long resource) {
        return driver.findElements(By.cssSelector("#submissions li[data-id='" + resource + "']")).get(0);
    }
}
