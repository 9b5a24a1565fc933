package org.ziyuanku.it.pages;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** A library's page: title, host units in order, participating units. */
public class LibraryPage {

    private final WebDriver driver;

    public LibraryPage(WebDriver driver) {
        this.driver = driver;
    }

    public String title() {
        return driver.findElement(By.cssSelector(".zyk-library-title")).getText();
    }

    public List<String> hostUnits() {
        return driver.findElements(By.cssSelector("#hostUnits .zyk-unit-name")).stream().map(WebElement::getText)
                .toList();
    }

    /** The text of the first host's entry, which carries the 第一主持单位 tag. */
    public String firstHostEntry() {
        return driver.findElement(By.cssSelector("#hostUnits .zyk-unit")).getText();
    }
}
