package org.ziyuanku.it.pages;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The homework pages: the teacher's list and form (console/teaching/assignments.xhtml, reached from the offering
 * page), one homework's submissions with grading, override and handing out peer reviews
 * (console/teaching/assignment.xhtml), and the learner's homework with submitting and peer reviews
 * (console/learning/assignments.xhtml, reached from the course page).
 */
public class AssignmentPages {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private final WebDriver driver;
    private final String base;

    public AssignmentPages(WebDriver driver, String base) {
        this.driver = driver;
        this.base = base;
    }

    /** Opens the offering page and follows its homework link. */
    public void openTeacherList(long offering) {
        driver.get(base + "/console/teaching/offering.xhtml?id=" + offering);
        await("assignmentsLink");
        Navigation.clickAndWaitForNewPage(driver, driver.findElement(By.id("assignmentsLink")));
        await("createForm:create");
    }

    /** Fills the form for a published peer-graded homework (text or files) and presses "create"; the messages. */
    public String createPeerHomework(String title, String opensAt, String dueAt, int points, int reviewers,
            String rubric) {
        PrimeFacesInputs.type(driver, "createForm:homeworkTitle", title);
        PrimeFacesInputs.type(driver, "createForm:instructions", "按评分标准完成焊接工艺分析。");
        PrimeFacesInputs.type(driver, "createForm:opensAt", opensAt);
        PrimeFacesInputs.type(driver, "createForm:dueAt", dueAt);
        PrimeFacesInputs.type(driver, "createForm:maxPoints", Integer.toString(points));
        driver.findElement(By.id("createForm:grading")).findElements(By.cssSelector(".ui-radiobutton-box")).get(1)
                .click();
        PrimeFacesInputs.type(driver, "createForm:peerCount", Integer.toString(reviewers));
        PrimeFacesInputs.type(driver, "createForm:rubric", rubric);
        Navigation.clickAndWaitForNewPage(driver, driver.findElement(By.id("createForm:create")));
        await("assignments");
        return messages();
    }

    /** Opens a homework's submissions from the teacher's list. */
    public void openFromList(long assignment) {
        Navigation.clickAndWaitForNewPage(driver, driver.findElement(By.cssSelector("#assignments li[data-id='"
                + assignment + "'] a.zyk-assignment-title")));
        await("assignmentTitle");
    }

    public void openSubmissions(long assignment) {
        driver.get(base + "/console/teaching/assignment.xhtml?id=" + assignment);
        await("assignmentTitle");
    }

    /** Presses "hand out peer reviews"; the messages. */
    public String assignPeers() {
        Navigation.clickAndWaitForNewPage(driver, driver.findElement(By.id("peersForm:assignPeers")));
        await("assignmentTitle");
        return messages();
    }

    /** The submission's row on the teacher's page, found by the learner's username. */
    public WebElement submission(String username) {
        return driver.findElement(By.cssSelector("#submissions li[data-learner='" + username + "']"));
    }

    /** Types score and comment in the learner's row and presses its button (grade or override); the messages. */
    public String gradeRow(String username, String score, String comment, String buttonClass) {
        WebElement row = submission(username);
        WebElement input = row.findElement(By.cssSelector("input.zyk-score"));
        input.clear();
        input.sendKeys(score);
        row.findElement(By.cssSelector("textarea.zyk-comment")).sendKeys(comment);
        Navigation.clickAndWaitForNewPage(driver, row.findElement(By.cssSelector("." + buttonClass)));
        await("assignmentTitle");
        return messages();
    }

    /** Opens the course page and follows its homework link. */
    public void openLearnerList(long offering) {
        driver.get(base + "/console/learning/course.xhtml?offering=" + offering);
        await("assignmentsLink");
        Navigation.clickAndWaitForNewPage(driver, driver.findElement(By.id("assignmentsLink")));
        await("assignmentsTitle");
    }

    /** The homework's row on the learner's page. */
    public WebElement learnerRow(long assignment) {
        return driver.findElement(By.cssSelector("#assignments > li[data-id='" + assignment + "']"));
    }

    /** Types the text, chooses the file (when given) and presses "hand in"; the messages. */
    public String submit(long assignment, String text, Path file) {
        WebElement row = learnerRow(assignment);
        WebElement area = row.findElement(By.cssSelector("textarea"));
        area.clear();
        area.sendKeys(text);
        if (file != null) {
            row.findElement(By.cssSelector("input[type=file]")).sendKeys(file.toAbsolutePath().toString());
        }
        Navigation.clickAndWaitForNewPage(driver, row.findElement(By.cssSelector(".zyk-submit")));
        await("assignmentsTitle");
        return messages();
    }

    /** The peer reviews the learner owes for the homework, as shown. */
    public List<WebElement> peerTasks(long assignment) {
        return learnerRow(assignment).findElements(By.cssSelector(".zyk-peer-task"));
    }

    /** Fills the task's criteria and comment and saves it; the messages. */
    public String review(WebElement task, List<Integer> scores, String comment) {
        List<WebElement> inputs = task.findElements(By.cssSelector("input.zyk-criterion"));
        for (int i = 0; i < scores.size(); i++) {
            inputs.get(i).clear();
            inputs.get(i).sendKeys(Integer.toString(scores.get(i)));
        }
        WebElement area = task.findElement(By.cssSelector("textarea"));
        area.clear();
        area.sendKeys(comment);
        Navigation.clickAndWaitForNewPage(driver, task.findElement(By.cssSelector(".zyk-review")));
        await("assignmentsTitle");
        return messages();
    }

    /** Presses a button of the learner's page and waits for the page again; the messages. */
    public String press(WebElement button) {
        Navigation.clickAndWaitForNewPage(driver, button);
        await("assignmentsTitle");
        return messages();
    }

    /** The page's Faces messages. */
    public String messages() {
        return String.join(" / ", driver.findElements(By.cssSelector(".ui-messages")).stream()
                .map(WebElement::getText).filter(t -> !t.isBlank()).toList());
    }

    private void await(String id) {
        new WebDriverWait(driver, WAIT).until(d -> !d.findElements(By.id(id)).isEmpty());
    }
}
