package org.ziyuanku.it.pages;

import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The learner's pages: joining by class code (console/teaching/join.xhtml), my courses
 * (console/learning/courses.xhtml), a course with "continue" and its outline (console/learning/course.xhtml) and an
 * item with its player (console/learning/item.xhtml), which the test plays and pauses like a user would.
 */
public class LearnerPages {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private final WebDriver driver;
    private final String base;

    public LearnerPages(WebDriver driver, String base) {
        this.driver = driver;
        this.base = base;
    }

    /** Enters the class code on the join page and presses "join"; answers my enrolments as listed afterwards. */
    public String joinByCode(String code) {
        driver.get(base + "/console/teaching/join.xhtml");
        await("joinForm:join");
        PrimeFacesInputs.type(driver, "joinForm:code", code);
        Navigation.clickAndWaitForNewPage(driver, driver.findElement(By.id("joinForm:join")));
        await("joinForm:join");
        return driver.findElement(By.id("enrolments")).getText();
    }

    /** Opens my courses and, from there, the course (by the offering's title). */
    public void openCourse(String offeringTitle) {
        driver.get(base + "/console/learning/courses.xhtml");
        await("courses");
        Navigation.clickAndWaitForNewPage(driver, driver.findElement(By.id("courses"))
                .findElement(By.linkText(offeringTitle)));
        await("outline");
    }

    /** The "continue" (or "start") button's text. */
    public String continueText() {
        return driver.findElement(By.id("continue")).getText();
    }

    public void pressContinue() {
        Navigation.clickAndWaitForNewPage(driver, driver.findElement(By.id("continue")));
        await("itemTitle");
    }

    /** Opens an item from the course's outline by its title. */
    public void openItem(String title) {
        Navigation.clickAndWaitForNewPage(driver, driver.findElement(By.id("outline")).findElement(By.linkText(title)));
        await("itemTitle");
    }

    public String itemTitle() {
        return driver.findElement(By.id("itemTitle")).getText();
    }

    /** The titles of a 积件 item's parts, in order. */
    public List<String> partTitles() {
        return driver.findElements(By.cssSelector("#parts > li")).stream()
                .map(li -> li.findElement(By.cssSelector("a, .zyk-current-part")).getText()).toList();
    }

    /** The title of the 积件 part the page shows. */
    public String currentPart() {
        return driver.findElement(By.cssSelector("#parts > li[aria-current] .zyk-current-part")).getText();
    }

    /** The status class of the part ({@code COMPLETED}, {@code PARTIAL}, {@code NOT_STARTED}). */
    public String partStatus(String title) {
        for (WebElement li : driver.findElements(By.cssSelector("#parts > li"))) {
            if (li.getText().startsWith(title)) {
                return li.getAttribute("class").replaceAll(".*zyk-status-(\\w+).*", "$1");
            }
        }
        return "none";
    }

    /** Opens another part of the 积件 by its title. */
    public void openPart(String title) {
        Navigation.clickAndWaitForNewPage(driver, driver.findElement(By.id("parts")).findElement(By.linkText(title)));
        await("itemTitle");
    }

    /** Where "continue" leads. */
    public String continueHref() {
        return driver.findElement(By.id("continue")).getAttribute("href");
    }

    /** Presses play (muted, as a headless browser has no sound) and waits until the player has started. */
    public void play() {
        WebElement player = driver.findElement(By.id("player"));
        new WebDriverWait(driver, WAIT).until(d -> script("return arguments[0].readyState", player) instanceof Number n
                && n.intValue() >= 1);
        script("arguments[0].muted = true; arguments[0].play();", player);
        new WebDriverWait(driver, WAIT).until(d -> !(Boolean) script("return arguments[0].paused", player));
    }

    /** Waits until the player has reached {@code seconds} and pauses it; answers where it paused. */
    public double playUntilAndPause(double seconds) {
        WebElement player = driver.findElement(By.id("player"));
        new WebDriverWait(driver, WAIT).pollingEvery(Duration.ofMillis(100)).until(d -> currentTime() >= seconds);
        script("arguments[0].pause();", player);
        return currentTime();
    }

    /** Waits until the player has played to its end. */
    public void awaitEnded() {
        WebElement player = driver.findElement(By.id("player"));
        new WebDriverWait(driver, WAIT).until(d -> Boolean.TRUE.equals(script("return arguments[0].ended", player)));
    }

    /** The player's position in seconds. */
    public double currentTime() {
        return ((Number) script("return arguments[0].currentTime", driver.findElement(By.id("player")))).doubleValue();
    }

    /** The status line above the player (progress saved, completed …). */
    public String learningStatus() {
        return driver.findElement(By.id("learningStatus")).getText();
    }

    /** Leaves the item for another page (my courses), as a learner closing the item would. */
    public void leave() {
        driver.get(base + "/console/learning/courses.xhtml");
        await("courses");
    }

    private Object script(String js, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(js, args);
    }

    private void await(String id) {
        new WebDriverWait(driver, WAIT).until(d -> !d.findElements(By.id(id)).isEmpty());
    }
}
