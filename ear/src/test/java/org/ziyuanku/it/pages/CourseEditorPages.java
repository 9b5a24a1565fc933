package org.ziyuanku.it.pages;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The course-team lead's pages: my courses with the create form (console/course/mine.xhtml), the outline editor with
 * its add-node form, resource picker and "submit for review" (console/course/outline.xhtml?id=…), and the 积件 page
 * (console/course/assemblies.xhtml).
 */
public class CourseEditorPages {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final Pattern ID = Pattern.compile("[?&]id=(\\d+)");
    private final WebDriver driver;
    private final String base;

    public CourseEditorPages(WebDriver driver, String base) {
        this.driver = driver;
        this.base = base;
    }

    /** Creates a course on my courses in the library (by name) and answers the id of the outline page it opens. */
    public long createCourse(String libraryName, String code, String name) {
        driver.get(base + "/console/course/mine.xhtml");
        await("createForm:create");
        PrimeFacesInputs.choose(driver, "createForm:library", libraryName);
        PrimeFacesInputs.type(driver, "createForm:code", code);
        PrimeFacesInputs.type(driver, "createForm:name", name);
        Navigation.clickAndWaitForNewPage(driver, driver.findElement(By.id("createForm:create")));
        await("courseName");
        Matcher id = ID.matcher(driver.getCurrentUrl());
        if (!id.find()) {
            throw new AssertionError("creating the course did not open its outline: " + driver.getCurrentUrl() + " "
                    + messages());
        }
        return Long.parseLong(id.group(1));
    }

    /** Adds a module or topic under the parent (label as the parent menu shows it; null: a new module). */
    public void addNode(String parentLabel, String title) {
        await("nodeForm:addNode");
        if (parentLabel != null) {
            PrimeFacesInputs.choose(driver, "nodeForm:parent", parentLabel);
        }
        PrimeFacesInputs.type(driver, "nodeForm:nodeTitle", title);
        submitNode(title);
    }

    /** Searches the picker for {@code query}, picks the result titled {@code resourceTitle}, adds it under the topic. */
    public void addPickedResource(String topicLabel, String query, String resourceTitle) {
        PrimeFacesInputs.type(driver, "pickerForm:query", query);
        Navigation.clickAndWaitForNewPage(driver, driver.findElement(By.id("pickerForm:search")));
        WebElement results = driver.findElement(By.id("pickerResults"));
        WebElement row = results.findElements(By.tagName("li")).stream()
                .filter(li -> li.getText().startsWith(resourceTitle + " ")).findFirst()
                .orElseThrow(() -> new AssertionError("the picker does not find '" + resourceTitle + "' for '" + query
                        + "': " + results.getText()));
        Navigation.clickAndWaitForNewPage(driver, row.findElement(By.tagName("a")));
        await("nodeForm:addNode");
        PrimeFacesInputs.choose(driver, "nodeForm:parent", topicLabel);
        submitNode(driver.findElement(By.id("nodeForm:nodeTitle")).getDomProperty("value"));
    }

    /** Inserts the 积件 (by name) as an item under the topic. */
    public void addAssembly(String topicLabel, String assemblyName, String title) {
        await("nodeForm:addNode");
        PrimeFacesInputs.choose(driver, "nodeForm:parent", topicLabel);
        PrimeFacesInputs.choose(driver, "nodeForm:kind", "积件");
        PrimeFacesInputs.choose(driver, "nodeForm:assembly", assemblyName);
        PrimeFacesInputs.type(driver, "nodeForm:nodeTitle", title);
        submitNode(title);
    }

    /** Presses "submit for review" and answers the page's messages. */
    public String submitForReview() {
        Navigation.clickAndWaitForNewPage(driver, driver.findElement(By.id("actionsForm:submit")));
        await("courseName");
        return messages();
    }

    public void openOutline(long course) {
        driver.get(base + "/console/course/outline.xhtml?id=" + course);
        await("courseName");
    }

    public String outline() {
        return driver.findElement(By.id("outline")).getText();
    }

    public String status() {
        return driver.findElement(By.id("courseStatus")).getText();
    }

    /** Creates a 积件 in the library of the resources (ids, comma-separated) on the 积件 page. */
    public void createAssembly(String libraryName, String name, String resourceIds) {
        driver.get(base + "/console/course/assemblies.xhtml");
        await("assemblyForm:saveAssembly");
        PrimeFacesInputs.choose(driver, "assemblyForm:library", libraryName);
        PrimeFacesInputs.type(driver, "assemblyForm:name", name);
        PrimeFacesInputs.type(driver, "assemblyForm:resourceIds", resourceIds);
        Navigation.clickAndWaitForNewPage(driver, driver.findElement(By.id("assemblyForm:saveAssembly")));
        await("assemblies");
    }

    public String assemblies() {
        return driver.findElement(By.id("assemblies")).getText();
    }

    /** Uploads the picture as the course's cover on the course page; answers the page's messages. */
    public String uploadCover(java.nio.file.Path picture) {
        driver.findElement(By.cssSelector("[id='coverForm'] input[type=file]")).sendKeys(picture.toAbsolutePath()
                .toString());
        Navigation.clickAndWaitForNewPage(driver, driver.findElement(By.id("coverForm:uploadCover")));
        await("courseName");
        return messages();
    }

    /** Adds the teacher (by user name) to the course team on the course page; answers the page's messages. */
    public String addTeamMember(String username) {
        PrimeFacesInputs.type(driver, "teamForm:memberUsername", username);
        Navigation.clickAndWaitForNewPage(driver, driver.findElement(By.id("teamForm:addMember")));
        await("team");
        return messages();
    }

    /** The course team as listed: one text per member. */
    public java.util.List<String> team() {
        return driver.findElements(By.cssSelector("#team li")).stream().map(WebElement::getText).toList();
    }

    /** The texts of the page's messages (errors and confirmations). */
    public String messages() {
        return String.join(" / ", driver.findElements(By.cssSelector(".ui-messages")).stream()
                .map(WebElement::getText).filter(t -> !t.isBlank()).toList());
    }

    private void submitNode(String title) {
        Navigation.clickAndWaitForNewPage(driver, driver.findElement(By.id("nodeForm:addNode")));
        await("outline");
        if (!outline().contains(title)) {
            throw new AssertionError("'" + title + "' is not in the outline after adding it: " + messages() + " — "
                    + outline());
        }
    }

    private void await(String id) {
        new WebDriverWait(driver, WAIT).until(d -> !d.findElements(By.id(id)).isEmpty());
    }
}
