package org.ziyuanku.it.pages;

import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A class's statistics (console/learning/statistics.xhtml?classId=…): totals, the learners' table with the
 * behind-schedule filter and sortable columns, the export link and the print view's link.
 */
public class ClassStatisticsPage {

    private static final By ROWS = By.cssSelector("[id='statistics:learners_data'] tr");
    private final WebDriver driver;

    public ClassStatisticsPage(WebDriver driver) {
        this.driver = driver;
    }

    /** Waits for the page of a class (its learners' table) to be shown. */
    public static ClassStatisticsPage await(WebDriver driver) {
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> !d.findElements(By.id("learnerCount")).isEmpty());
        return new ClassStatisticsPage(driver);
    }

    public String heading() {
        return driver.findElement(By.id("classHeading")).getText();
    }

    public String learnerCount() {
        return driver.findElement(By.id("learnerCount")).getText().strip();
    }

    public String averageProgress() {
        return driver.findElement(By.id("averageProgress")).getText().strip();
    }

    /** The student numbers of the rows shown, top to bottom. */
    public List<String> studentNumbers() {
        return column("zyk-student-no");
    }

    /** The texts of a column (by its style class) as shown, top to bottom; a cell squeezed out of sight is "". */
    public List<String> column(String styleClass) {
        return driver.findElements(ROWS).stream().flatMap(r -> r.findElements(By.cssSelector("td." + styleClass
                + " .zyk-cell")).stream()).map(WebElement::getText).map(String::strip).toList();
    }

    /** Ticks or unticks "only learners behind schedule" and waits for the table to show {@code rows} rows. */
    public ClassStatisticsPage toggleBehindOnly(int rows) {
        driver.findElement(By.cssSelector("[id='statistics:behindOnly'] .ui-chkbox-box")).click();
        new WebDriverWait(driver, Duration.ofSeconds(15)).ignoring(StaleElementReferenceException.class)
                .until(d -> d.findElements(ROWS).size() == rows && column("zyk-student-no").size() == rows);
        return this;
    }

    /**
     * Sorts by the column with this header and waits until the first row shows {@code firstStudentNo}; rows the ajax
     * update replaces while they are read are read again.
     */
    public ClassStatisticsPage sortBy(String header, String firstStudentNo) {
        driver.findElement(By.xpath("//*[@id='statistics:learners']//th[.//*[contains(@class, 'ui-column-title')"
                + " and normalize-space() = '" + header + "']]")).click();
        new WebDriverWait(driver, Duration.ofSeconds(15)).ignoring(StaleElementReferenceException.class)
                .until(d -> !studentNumbers().isEmpty() && studentNumbers().get(0).equals(firstStudentNo));
        return this;
    }

    public String exportHref() {
        return driver.findElement(By.id("exportLink")).getDomProperty("href");
    }

    public String printHref() {
        return driver.findElement(By.id("printLink")).getDomProperty("href");
    }
}
