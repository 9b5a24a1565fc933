package org.ziyuanku.it.pages;

import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The teacher's pages: my offerings with the offer form (console/teaching/offerings.xhtml) and an offering with
 * "publish" and its classes, each shown with its class code (console/teaching/offering.xhtml?id=…).
 */
public class OfferingPages {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final Pattern CODE = Pattern.compile("班级邀请码\\s+(\\S+)");
    private final WebDriver driver;
    private final String base;

    public OfferingPages(WebDriver driver, String base) {
        this.driver = driver;
        this.base = base;
    }

    /** Offers the course (by id) for the term with class-code enrolment; answers the page's messages. */
    public String offer(long course, String term, String startsOn, String endsOn, String title) {
        driver.get(base + "/console/teaching/offerings.xhtml");
        await("offerForm:offer");
        PrimeFacesInputs.type(driver, "offerForm:courseId_input", Long.toString(course));
        PrimeFacesInputs.type(driver, "offerForm:term", term);
        PrimeFacesInputs.date(driver, "offerForm:startsOn", startsOn);
        PrimeFacesInputs.date(driver, "offerForm:endsOn", endsOn);
        PrimeFacesInputs.type(driver, "offerForm:offeringTitle", title);
        PrimeFacesInputs.choose(driver, "offerForm:mode", "凭班级邀请码");
        Navigation.clickAndWaitForNewPage(driver, driver.findElement(By.id("offerForm:offer")));
        await("offerings");
        return messages();
    }

    /** Opens the offering from my offerings by its title. */
    public void openOffering(String title) {
        WebElement link = driver.findElement(By.id("offerings")).findElements(By.linkText(title)).stream().findFirst()
                .orElseThrow(() -> new AssertionError("'" + title + "' is not among my offerings: "
                        + driver.findElement(By.id("offerings")).getText() + " " + messages()));
        Navigation.clickAndWaitForNewPage(driver, link);
        await("offeringTitle");
    }

    public void publish() {
        Navigation.clickAndWaitForNewPage(driver, driver.findElement(By.id("offeringForm:publish")));
        await("offeringStatus");
    }

    public String status() {
        return driver.findElement(By.id("offeringStatus")).getText();
    }

    public void createClass(String name) {
        PrimeFacesInputs.type(driver, "classesForm:className", name);
        Navigation.clickAndWaitForNewPage(driver, driver.findElement(By.id("classesForm:createClass")));
        await("classes");
    }

    /** The classes as listed: one text per class (name, class code, learners). */
    public List<String> classes() {
        return driver.findElements(By.cssSelector("#classes li")).stream().map(WebElement::getText).toList();
    }

    /** The class code the offering page shows for the class (by name). */
    public String classCode(String className) {
        String line = classes().stream().filter(c -> c.startsWith(className + " ") || c.startsWith(className + "\n"))
                .findFirst().orElseThrow(() -> new AssertionError("no class " + className + ": " + classes()));
        Matcher code = CODE.matcher(line);
        if (!code.find()) {
            throw new AssertionError("no class code shown for " + className + ": " + line);
        }
        return code.group(1);
    }

    /** The id of the class (by name), from its link. */
    public long classId(String className) {
        String href = driver.findElement(By.id("classes")).findElement(By.linkText(className)).getDomProperty("href");
        Matcher id = Pattern.compile("[?&]id=(\\d+)").matcher(href);
        if (!id.find()) {
            throw new AssertionError("no class id in " + href);
        }
        return Long.parseLong(id.group(1));
    }

    /**
     * Changes a node of the outline with the "change the outline" form: a new title and/or due date (a null leaves
     * that field empty, whatever the form showed); answers the page's messages.
     */
    public String editNode(String nodeTitle, String newTitle, String dueOn) {
        PrimeFacesInputs.choose(driver, "editNodeForm:editNode", nodeTitle);
        driver.findElement(By.id("editNodeForm:editTitle")).clear();
        if (newTitle != null) {
            PrimeFacesInputs.type(driver, "editNodeForm:editTitle", newTitle);
        }
        PrimeFacesInputs.date(driver, "editNodeForm:editDueOn", dueOn == null ? "" : dueOn);
        Navigation.clickAndWaitForNewPage(driver, driver.findElement(By.id("editNodeForm:saveNode")));
        await("outline");
        return messages();
    }

    public String messages() {
        return String.join(" / ", driver.findElements(By.cssSelector(".ui-messages")).stream()
                .map(WebElement::getText).filter(t -> !t.isBlank()).toList());
    }

    private void await(String id) {
        new WebDriverWait(driver, WAIT).until(d -> !d.findElements(By.id(id)).isEmpty());
    }
}
