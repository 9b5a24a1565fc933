package org.ziyuanku.it.pages;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** The portal's library catalogue page as a visitor sees it. */
public class CataloguePage {

    private final WebDriver driver;

    public CataloguePage(WebDriver driver) {
        this.driver = driver;
    }

    public static CataloguePage open(WebDriver driver, String baseUrl, String query) {
        driver.get(baseUrl + "/portal/library/catalogue.xhtml" + (query == null ? "" : "?" + query));
        return new CataloguePage(driver);
    }

    public String summary() {
        return driver.findElement(By.id("resultSummary")).getText();
    }

    public List<String> groupTitles() {
        return driver.findElements(By.cssSelector(".zyk-group-title")).stream().map(WebElement::getText).toList();
    }

    public List<String> libraryNames() {
        return driver.findElements(By.cssSelector(".zyk-library-name")).stream().map(WebElement::getText).toList();
    }

    /** The host line of the library card with that name, e.g. "主持单位：A、B". */
    public String hostsOf(String libraryName) {
        return card(libraryName).findElement(By.cssSelector(".zyk-hosts")).getText();
    }

    public LibraryPage openLibrary(String libraryName) {
        Navigation.clickAndWaitForNewPage(driver, card(libraryName).findElement(By.linkText(libraryName)));
        return new LibraryPage(driver);
    }

    private WebElement card(String libraryName) {
        return driver.findElements(By.cssSelector(".zyk-library-card")).stream()
                .filter(c -> c.findElement(By.cssSelector(".zyk-library-name")).getText().equals(libraryName))
                .findFirst().orElseThrow(() -> new AssertionError("no card for " + libraryName));
    }

    /** Types into the keyword field and presses the search button. */
    public CataloguePage search(String text) {
        WebElement field = driver.findElement(By.id("filters:q"));
        field.clear();
        field.sendKeys(text);
        Navigation.clickAndWaitForNewPage(driver, driver.findElement(By.id("filters:search")));
        return new CataloguePage(driver);
    }
}
