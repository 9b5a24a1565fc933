package org.ziyuanku.it.pages;

import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The data dictionary page (console/system/dictionary.xhtml) showing one list, or the access-denied page. */
public class SystemDictionaryPage {

    private final WebDriver driver;

    public SystemDictionaryPage(WebDriver driver) {
        this.driver = driver;
    }

    public static SystemDictionaryPage open(WebDriver driver, String baseUrl, String list) {
        driver.get(baseUrl + "/console/system/dictionary.xhtml?list=" + list);
        return new SystemDictionaryPage(driver);
    }

    public SystemDictionaryPage awaitEntries() {
        new WebDriverWait(driver, Duration.ofSeconds(30))
                .until(d -> !d.findElements(By.id("entriesForm:entries")).isEmpty());
        return this;
    }

    public boolean showsEntries() {
        return !driver.findElements(By.id("entriesForm:entries")).isEmpty();
    }

    public boolean showsAccessDenied() {
        return !driver.findElements(By.id("accessDenied")).isEmpty();
    }

    public boolean offersEditing() {
        return !driver.findElements(By.id("entryForm")).isEmpty()
                || !driver.findElements(By.cssSelector(".zyk-entry-edit")).isEmpty();
    }

    /** The codes of the entries, top to bottom. */
    public List<String> codes() {
        return driver.findElements(By.cssSelector("#entriesForm\\:entries .zyk-entry-code")).stream()
                .map(e -> e.getText().strip()).toList();
    }

    /** The text of the cell (css class) in the row of the entry, "" when it is not listed. */
    public String cell(String code, String css) {
        return row(code).map(r -> r.findElement(By.cssSelector(css)).getText().strip()).orElse("");
    }

    /** Fills the new-entry form and presses "add". */
    public SystemDictionaryPage add(String code, String labelZh, String labelEn) {
        type("entryForm:entryCode", code);
        return fillLabelsAndPress(labelZh, labelEn, "entryForm:addEntry");
    }

    /** Presses "edit" in the entry's row, changes its labels and saves. */
    public SystemDictionaryPage relabel(String code, String labelZh, String labelEn) {
        press(row(code).orElseThrow().findElement(By.cssSelector(".zyk-entry-edit")));
        return fillLabelsAndPress(labelZh, labelEn, "entryForm:saveEntry");
    }

    /** Presses "deactivate" in the entry's row. */
    public SystemDictionaryPage deactivate(String code) {
        press(row(code).orElseThrow().findElement(By.cssSelector(".zyk-entry-deactivate")));
        return this;
    }

    /** The texts of the global messages shown. */
    public String messages() {
        return driver.findElements(By.id("globalMessages")).stream().map(WebElement::getText).findFirst().orElse("");
    }

    /** The actions of the history, newest first. */
    public List<String> historyCodes() {
        return driver.findElements(By.cssSelector("#history .zyk-change-code")).stream()
                .map(e -> e.getText().strip()).toList();
    }

    private SystemDictionaryPage fillLabelsAndPress(String labelZh, String labelEn, String button) {
        type("entryForm:entryLabelZh", labelZh);
        type("entryForm:entryLabelEn", labelEn);
        press(driver.findElement(By.id(button)));
        return this;
    }

    private void press(WebElement button) {
        Navigation.clickAndWaitForNewPage(driver, button);
        awaitEntries();
    }

    private void type(String id, String text) {
        WebElement input = driver.findElement(By.id(id));
        input.clear();
        input.sendKeys(text);
    }

    private java.util.Optional<WebElement> row(String code) {
        return driver.findElements(By.cssSelector("#entriesForm\\:entries tbody tr")).stream()
                .filter(r -> r.findElements(By.cssSelector(".zyk-entry-code")).stream()
                        .anyMatch(c -> c.getText().strip().equals(code))).findFirst();
    }
}
