package org.ziyuanku.it.pages;

import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The papers of a library's bank (console/exam/papers.xhtml), as a contributing teacher sees them. */
public class PaperPages {

    private final WebDriver driver;

    private PaperPages(WebDriver driver) {
        this.driver = driver;
    }

    /** The page as the browser shows it now (after following the menu). */
    public static PaperPages current(WebDriver driver) {
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> !d.findElements(By.id("paperLibrary")).isEmpty());
        return new PaperPages(driver);
    }

    /** Opens the page for a signed-in teacher. */
    public static PaperPages open(WebDriver driver, String baseUrl) {
        driver.get(baseUrl + "/console/exam/papers.xhtml");
        return current(driver);
    }

    /** The ids of the libraries offered. */
    public List<String> libraryIds() {
        return driver.findElements(By.cssSelector("[id='paperLibrary:library_input'] option")).stream()
                .map(o -> o.getAttribute("value")).toList();
    }

    /** Chooses the library and shows it. */
    public PaperPages library(long id) {
        ((JavascriptExecutor) driver).executeScript("document.getElementById('paperLibrary:library_input').value ="
                + " arguments[0];", String.valueOf(id));
        Navigation.clickAndWaitForNewPage(driver, driver.findElement(By.id("paperLibrary:show")));
        return this;
    }

    /** Fills the random paper's title. */
    public PaperPages randomTitle(String title) {
        PrimeFacesInputs.type(driver, "randomPaper:randomTitle", title);
        return this;
    }

    /** Fills rule row {@code index} (from 0): type (QuestionType name), knowledge point, count, points each. */
    public PaperPages rule(int index, String type, String knowledgePoint, int count, String points) {
        String row = "randomPaper:rules:" + index + ":";
        new Select(driver.findElement(By.id(row + "ruleType:menu"))).selectByValue(type);
        PrimeFacesInputs.type(driver, row + "knowledgePoint", knowledgePoint);
        PrimeFacesInputs.type(driver, row + "count", String.valueOf(count));
        PrimeFacesInputs.type(driver, row + "points", points);
        return this;
    }

    /** Adds a rule row (the form is posted, its values kept). */
    public PaperPages addRule() {
        Navigation.clickAndWaitForNewPage(driver, driver.findElement(By.id("randomPaper:addRule")));
        return this;
    }

    /** Presses "create" of the random paper; answers the messages shown. */
    public String createRandom() {
        Navigation.clickAndWaitForNewPage(driver, driver.findElement(By.id("randomPaper:createRandom")));
        return messages();
    }

    /** Fills the fixed paper's title and points, ticks the questions, presses "create"; answers the messages. */
    public String createFixed(String title, String points, List<Long> questions) {
        PrimeFacesInputs.type(driver, "fixedPaper:fixedTitle", title);
        PrimeFacesInputs.type(driver, "fixedPaper:fixedPoints", points);
        questions.forEach(q -> driver.findElement(By.cssSelector("[id='fixedPaper:bank'] tr[data-rk='" + q + "']"
                + " td.ui-selection-column .ui-chkbox-box")).click());
        Navigation.clickAndWaitForNewPage(driver, driver.findElement(By.id("fixedPaper:createFixed")));
        return messages();
    }

    public String messages() {
        List<WebElement> shown = driver.findElements(By.id("globalMessages"));
        return shown.isEmpty() ? "" : shown.get(0).getText();
    }

    /** The titles of the papers listed. */
    public List<String> titles() {
        return driver.findElements(By.cssSelector(".zyk-paper-title")).stream().map(WebElement::getText).toList();
    }

    /** The listed paper's question count and total points, as shown. */
    public List<String> countAndTotal(String title) {
        WebElement row = row(title);
        return List.of(row.findElement(By.cssSelector(".zyk-paper-count")).getText(),
                row.findElement(By.cssSelector(".zyk-paper-total")).getText());
    }

    /** Presses "preview a draw" of the listed paper; answers each drawn question's text (type tag, points, stem). */
    public List<WebElement> preview(String title) {
        Navigation.clickAndWaitForNewPage(driver, row(title).findElement(By.cssSelector("a[id$=':preview']")));
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> !d.findElements(By.id("preview")).isEmpty()
                || !messages().isEmpty());
        return driver.findElements(By.cssSelector("#preview li.zyk-drawn"));
    }

    private WebElement row(String title) {
        return driver.findElement(By.xpath("//span[contains(@class,'zyk-paper-title')][normalize-space(.)='" + title
                + "']/ancestor::tr[1]"));
    }
}
