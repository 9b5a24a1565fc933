package org.ziyuanku.it.pages;

import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Keycloak's sign-in page of the ziyuanku realm. */
public class RealmLoginPage {

    private final WebDriver driver;

    public RealmLoginPage(WebDriver driver) {
        this.driver = driver;
    }

    /** Waits until the browser shows a page of the realm at the given URL prefix. */
    public static RealmLoginPage await(WebDriver driver, String realmUrl) {
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> d.getCurrentUrl().startsWith(realmUrl)
                && !d.findElements(By.id("username")).isEmpty());
        return new RealmLoginPage(driver);
    }

    public void signIn(String username, String password) {
        driver.findElement(By.id("username")).clear();
        driver.findElement(By.id("username")).sendKeys(username);
        driver.findElement(By.id("password")).sendKeys(password);
        Navigation.clickAndWaitForNewPage(driver, driver.findElement(By.id("kc-login")));
    }

    public boolean showsError() {
        return !driver.findElements(By.id("input-error")).isEmpty()
                || !driver.findElements(By.cssSelector(".pf-m-danger, .alert-error, .kc-feedback-text")).isEmpty();
    }
}
