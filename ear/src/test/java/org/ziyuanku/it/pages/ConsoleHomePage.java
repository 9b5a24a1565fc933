package org.ziyuanku.it.pages;

import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The signed-in console's home page. */
public class ConsoleHomePage {

    private final WebDriver driver;

    public ConsoleHomePage(WebDriver driver) {
        this.driver = driver;
    }

    public static ConsoleHomePage await(WebDriver driver, String baseUrl) {
        new WebDriverWait(driver, Duration.ofSeconds(30))
                .until(d -> d.getCurrentUrl().startsWith(baseUrl + "/console/") && !d.findElements(By.id("roles")).isEmpty());
        return new ConsoleHomePage(driver);
    }

    public String signedInAs() {
        return driver.findElement(By.id("signedInAs")).getText();
    }

    public List<String> roles() {
        return driver.findElements(By.cssSelector("#roles li")).stream().map(WebElement::getText).toList();
    }

    /** Signs out, confirming at the identity provider if it asks, and waits for the portal's home page. */
    public void signOut(String baseUrl) {
        Navigation.clickAndWaitForNewPage(driver, driver.findElement(By.id("signOut")));
        List<WebElement> confirm = driver.findElements(By.id("kc-logout"));
        if (!confirm.isEmpty()) {
            Navigation.clickAndWaitForNewPage(driver, confirm.get(0));
        }
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> d.getCurrentUrl().startsWith(baseUrl + "/"));
    }
}
