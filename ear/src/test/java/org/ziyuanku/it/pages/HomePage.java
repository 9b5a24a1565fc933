package org.ziyuanku.it.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** The portal's home page with its search box and language switch. */
public class HomePage {

    private final WebDriver driver;

    public HomePage(WebDriver driver) {
        this.driver = driver;
    }

    public static HomePage open(WebDriver driver, String baseUrl) {
        driver.get(baseUrl + "/");
        return new HomePage(driver);
    }

    public CataloguePage search(String text) {
        WebElement field = driver.findElement(By.id("homeSearch:q"));
        field.sendKeys(text);
        Navigation.clickAndWaitForNewPage(driver, driver.findElement(By.id("homeSearch:search")));
        return new CataloguePage(driver);
    }

    public HomePage switchToEnglish() {
        Navigation.clickAndWaitForNewPage(driver, driver.findElement(By.id("langEn")));
        return this;
    }

    public HomePage switchToChinese() {
        Navigation.clickAndWaitForNewPage(driver, driver.findElement(By.id("langZh")));
        return this;
    }

    public String navigationText() {
        return driver.findElement(By.cssSelector(".zyk-nav")).getText();
    }
}
