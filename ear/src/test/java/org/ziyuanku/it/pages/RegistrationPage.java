package org.ziyuanku.it.pages;

import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Keycloak's self-registration form of the ziyuanku realm, reached from its sign-in page. With e-mail verification on,
 * the form asks no password: the person chooses it after following the e-mailed link.
 */
public class RegistrationPage {

    private final WebDriver driver;

    private RegistrationPage(WebDriver driver) {
        this.driver = driver;
    }

    public static RegistrationPage openFrom(RealmLoginPage login, WebDriver driver) {
        Navigation.clickAndWaitForNewPage(driver, driver.findElement(By.cssSelector("#kc-registration a")));
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> !d.findElements(By.id("kc-register-form")).isEmpty());
        return new RegistrationPage(driver);
    }

    public void register(String username, String email) {
        driver.findElement(By.id("username")).sendKeys(username);
        driver.findElement(By.id("email")).sendKeys(email);
        driver.findElement(By.id("firstName")).sendKeys("学");
        driver.findElement(By.id("lastName")).sendKeys("新");
        Navigation.clickAndWaitForNewPage(driver, driver.findElement(By.cssSelector("#kc-register-form [type=submit]")));
    }

    /** On the page the e-mailed link opens: chooses the account's password. */
    public static void choosePassword(WebDriver driver, String password) {
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> !d.findElements(By.id("password-new")).isEmpty());
        driver.findElement(By.id("password-new")).sendKeys(password);
        driver.findElement(By.id("password-confirm")).sendKeys(password);
        Navigation.clickAndWaitForNewPage(driver, driver.findElement(By.cssSelector("form [type=submit]")));
    }
}
