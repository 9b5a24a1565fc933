package org.ziyuanku.it.pages;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Importing questions into a library's bank (console/exam/import.xhtml), as a contributing teacher sees it. */
public class QuestionImportPage {

    private final WebDriver driver;

    private QuestionImportPage(WebDriver driver) {
        this.driver = driver;
    }

    /** Opens the page for a signed-in teacher and waits for the import form. */
    public static QuestionImportPage open(WebDriver driver, String baseUrl) {
        driver.get(baseUrl + "/console/exam/import.xhtml");
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> !d.findElements(By.id("importForm")).isEmpty());
        return new QuestionImportPage(driver);
    }

    /** The libraries offered, by name. */
    public List<String> libraries() {
        return driver.findElements(By.cssSelector("#importForm\\:library_input option")).stream()
                .map(o -> o.getAttribute("textContent")).toList();
    }

    /** Chooses the library the questions go into (the teacher may contribute to several). */
    public QuestionImportPage library(long id) {
        Object chosen = ((JavascriptExecutor) driver).executeScript("var s ="
                + " document.getElementById('importForm:library_input'); s.value = arguments[0];"
                + " return s.value === arguments[0];", String.valueOf(id));
        if (!Boolean.TRUE.equals(chosen)) {
            throw new AssertionError("library " + id + " is not offered: " + libraries());
        }
        return this;
    }

    /** Chooses the file, sets all-or-nothing, presses import and waits for the report or a message. */
    public QuestionImportPage importFile(Path file, boolean allOrNothing) {
        WebElement box = driver.findElement(By.id("importForm:allOrNothing_input"));
        if (box.isSelected() != allOrNothing) {
            driver.findElement(By.cssSelector("#importForm\\:allOrNothing .ui-chkbox-box")).click();
        }
        driver.findElement(By.cssSelector("#importForm input[type=file]")).sendKeys(file.toAbsolutePath().toString());
        Navigation.clickAndWaitForNewPage(driver, driver.findElement(By.id("importForm:importFile")));
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> !d.findElements(By.id("importReport")).isEmpty()
                || !d.findElements(By.cssSelector("#importForm\\:messages .ui-messages-error")).isEmpty());
        return this;
    }

    /** Chooses a format instead of telling it by the file name. */
    public QuestionImportPage format(String value) {
        new Select(driver.findElement(By.id("importForm:format:menu"))).selectByValue(value);
        return this;
    }

    /** The report's summary line. */
    public String summary() {
        List<WebElement> lines = driver.findElements(By.cssSelector("#importSummary, #importRolledBack"));
        return lines.isEmpty() ? "" : lines.get(0).getText();
    }

    /** The report's rows, each as its cells' text joined by " | ". */
    public List<String> rows() {
        return driver.findElements(By.cssSelector("#importRows tbody tr")).stream()
                .map(r -> String.join(" | ", r.findElements(By.tagName("td")).stream().map(WebElement::getText)
                        .toList())).toList();
    }

    /** The error messages of the form. */
    public String errors() {
        return driver.findElements(By.cssSelector("#importForm\\:messages")).stream().map(WebElement::getText)
                .reduce("", String::concat);
    }
}
