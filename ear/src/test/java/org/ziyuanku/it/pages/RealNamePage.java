package org.ziyuanku.it.pages;

import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Real-name verification (实名认证) in the console (console/identity/real-name.xhtml), for a signed-in person. */
public class RealNamePage {

    private final WebDriver driver;

    private RealNamePage(WebDriver driver) {
        this.driver = driver;
    }

    /** Opens the page and waits until it shows either the form or the verified binding. */
    public static RealNamePage open(WebDriver driver, String baseUrl) {
        driver.get(baseUrl + "/console/identity/real-name.xhtml");
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> !d.findElements(By.id("realNameForm")).isEmpty()
                || !d.findElements(By.id("realNameStatus")).isEmpty());
        return new RealNamePage(driver);
    }

    /** Chooses the school, types name and number, and submits. */
    public RealNamePage submit(long school, String name, String number) {
        new Select(driver.findElement(By.id("realNameForm:school"))).selectByValue(Long.toString(school));
        type("realNameForm:realName", name);
        type("realNameForm:memberNumber", number);
        Navigation.clickAndWaitForNewPage(driver, driver.findElement(By.id("realNameForm:bindRealName")));
        return this;
    }

    private void type(String id, String text) {
        WebElement field = driver.findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    /** The page's messages (refusals and confirmations). */
    public String messages() {
        return driver.findElement(By.id("globalMessages")).getText();
    }

    public boolean showsVerified() {
        return !driver.findElements(By.id("realNameStatus")).isEmpty();
    }

    /** The verified binding's text: school, name, number, role. */
    public String status() {
        return driver.findElement(By.id("realNameStatus")).getText();
    }

    /** What the name field holds now, e.g. after a refusal. */
    public String typedName() {
        return driver.findElement(By.id("realNameForm:realName")).getDomProperty("value");
    }

    public String typedNumber() {
        return driver.findElement(By.id("realNameForm:memberNumber")).getDomProperty("value");
    }
}
