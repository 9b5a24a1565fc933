package org.ziyuanku.it.pages;

import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The exam pages: the teacher's console/teaching/exams.xhtml (create, publish, results, grading) and the learner's
 * console/learning/exams.xhtml and console/learning/exam.xhtml (answer, autosave, reload, submit).
 */
public class ExamPages {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private final WebDriver driver;
    private final String base;

    public ExamPages(WebDriver driver, String base) {
        this.driver = driver;
        this.base = base;
    }

    /** Opens the offering's page and from there its exams (the teacher's way in). */
    public ExamPages openTeacherExams(long offering) {
        driver.get(base + "/console/teaching/offering.xhtml?id=" + offering);
        await(By.id("examsLink"));
        Navigation.clickAndWaitForNewPage(driver, driver.findElement(By.id("examsLink")));
        await(By.id("createForm:create"));
        return this;
    }

    /** Fills the new-exam form (window as typed, yyyy-MM-dd HH:mm) and creates the draft; answers the messages. */
    public String create(String title, long paper, long courseClass, String opensAt, String closesAt, int minutes) {
        PrimeFacesInputs.type(driver, "createForm:examTitle", title);
        select("createForm:paper_input", Long.toString(paper));
        select("createForm:target_input", Long.toString(courseClass));
        PrimeFacesInputs.type(driver, "createForm:opensAt", opensAt);
        PrimeFacesInputs.type(driver, "createForm:closesAt", closesAt);
        PrimeFacesInputs.type(driver, "createForm:duration", Integer.toString(minutes));
        Navigation.clickAndWaitForNewPage(driver, driver.findElement(By.id("createForm:create")));
        await(By.id("createForm:create"));
        return messages();
    }

    /** Presses "publish" on the exam of the title; answers the messages. */
    public String publish(String title) {
        Navigation.clickAndWaitForNewPage(driver, exam(title).findElement(By.cssSelector(".zyk-publish")));
        await(By.id("createForm:create"));
        return messages();
    }

    public String status(String title) {
        return exam(title).getAttribute("data-status");
    }

    /** The exam's line in the teacher's list: window, duration and papers drawn. */
    public String line(String title) {
        return exam(title).findElement(By.cssSelector(".zyk-muted")).getText();
    }

    /** Opens the results and grading of the exam of the title. */
    public void show(String title) {
        Navigation.clickAndWaitForNewPage(driver, exam(title).findElement(By.cssSelector(".zyk-show")));
        await(By.id("selectedTitle"));
    }

    /** The text of the grading queue's items. */
    public List<String> gradingItems() {
        return driver.findElements(By.cssSelector(".zyk-grading-item")).stream().map(WebElement::getText).toList();
    }

    /** Grades the first answer of the queue; answers the messages. */
    public String gradeFirst(String score, String comment) {
        WebElement item = driver.findElement(By.cssSelector(".zyk-grading-item"));
        WebElement scoreField = item.findElement(By.cssSelector("input.zyk-grade-score"));
        scoreField.clear();
        scoreField.sendKeys(score);
        WebElement commentField = item.findElement(By.cssSelector("input.zyk-grade-comment"));
        commentField.clear();
        commentField.sendKeys(comment);
        Navigation.clickAndWaitForNewPage(driver, item.findElement(By.cssSelector(".zyk-grade")));
        await(By.id("selectedTitle"));
        return messages();
    }

    /** Presses "结束考试" on the exam of the title, says yes when asked to confirm; answers the messages. */
    public String close(String title) {
        exam(title).findElement(By.cssSelector(".zyk-close-exam")).click();
        WebElement yes = new WebDriverWait(driver, WAIT).until(
                ExpectedConditions.elementToBeClickable(By.cssSelector(".ui-confirmdialog-yes")));
        Navigation.clickAndWaitForNewPage(driver, yes);
        await(By.id("createForm:create"));
        return messages();
    }

    /** The statistics' text (counts, scores, per question rows). */
    public String statistics() {
        return driver.findElement(By.id("statistics")).getText();
    }

    /** Where the statistics' Excel link points. */
    public String exportLink() {
        return driver.findElement(By.id("exportResults")).getAttribute("href");
    }

    /** The results table's text. */
    public String results() {
        return driver.findElement(By.id("results")).getText();
    }

    /** From the learner's course page, opens the exams and starts (or resumes) the one of the title. */
    public void startFromCourse(long offering, String title) {
        openLearnerExams(offering);
        Navigation.clickAndWaitForNewPage(driver, learnerExam(title).findElement(By.cssSelector(".zyk-exam-start")));
        await(By.id("countdown"));
    }

    /** From the learner's course page, opens the exams. */
    public void openLearnerExams(long offering) {
        driver.get(base + "/console/learning/course.xhtml?offering=" + offering);
        await(By.id("examsLink"));
        Navigation.clickAndWaitForNewPage(driver, driver.findElement(By.id("examsLink")));
        await(By.id("exams"));
    }

    /** The learner's list entry of the exam of the title. */
    public WebElement learnerExam(String title) {
        return driver.findElements(By.cssSelector("#exams .zyk-exam-row")).stream()
                .filter(e -> e.findElement(By.cssSelector(".zyk-exam-title")).getText().equals(title)).findFirst()
                .orElseThrow(() -> new AssertionError("no exam " + title + " in " + driver.getPageSource()));
    }

    /** The countdown as shown (h:mm:ss). */
    public String countdown() {
        new WebDriverWait(driver, WAIT).until(d -> d.findElement(By.id("countdown")).getText()
                .matches("\\d+:\\d\\d:\\d\\d"));
        return driver.findElement(By.id("countdown")).getText();
    }

    /** The question block of the question id on the attempt page. */
    public WebElement question(long id) {
        return driver.findElement(By.cssSelector(".zyk-exam-question[data-q='" + id + "']"));
    }

    /** Chooses the option of the question whose text is {@code option}. */
    public void choose(long question, String option) {
        question(question).findElements(By.cssSelector(".zyk-exam-options label")).stream()
                .filter(l -> l.getText().contains(option)).findFirst().orElseThrow().click();
    }

    /** Types into the question's first text field (a blank or the essay) and leaves it (a change). */
    public void write(long question, String text) {
        WebElement field = question(question).findElement(By.cssSelector(".zyk-blank, .zyk-essay"));
        field.clear();
        field.sendKeys(text);
        field.sendKeys(Keys.TAB);
    }

    /** Waits until the page marks the question saved. */
    public void awaitSaved(long question) {
        new WebDriverWait(driver, WAIT).until(d -> "saved".equals(question(question).getAttribute("data-save")));
    }

    /** The option text of the question's checked choice, or null. */
    public String checkedOption(long question) {
        return question(question).findElements(By.cssSelector(".zyk-exam-options label")).stream()
                .filter(l -> l.findElement(By.tagName("input")).isSelected()).map(WebElement::getText).findFirst()
                .orElse(null);
    }

    /** The value of the question's first text field. */
    public String written(long question) {
        return question(question).findElement(By.cssSelector(".zyk-blank, .zyk-essay")).getAttribute("value");
    }

    /** Reloads the attempt page and waits for the saved answers to be back. */
    public void reload(long... answered) {
        WebElement old = driver.findElement(By.id("countdown"));
        driver.navigate().refresh();
        new WebDriverWait(driver, WAIT).until(ExpectedConditions.stalenessOf(old));
        await(By.id("countdown"));
        for (long q : answered) {
            awaitSaved(q);
        }
    }

    /** Presses "submit"; answers the confirmation's text without confirming. */
    public String askToSubmit() {
        driver.findElement(By.id("submitAsk")).click();
        new WebDriverWait(driver, WAIT).until(d -> d.findElement(By.id("submitConfirm")).isDisplayed());
        return driver.findElement(By.id("submitQuestion")).getText();
    }

    /** Confirms the submission; answers the attempt's status line after it. */
    public String confirmSubmit() {
        Navigation.clickAndWaitForNewPage(driver, driver.findElement(By.id("submitForm:confirmSubmit")));
        await(By.id("attemptStatus"));
        return driver.findElement(By.id("attemptStatus")).getText();
    }

    public String messages() {
        return driver.findElements(By.cssSelector(".zyk-messages")).stream().map(WebElement::getText)
                .reduce("", (a, b) -> a + " " + b).strip();
    }

    private WebElement exam(String title) {
        return driver.findElements(By.cssSelector("#exams .zyk-exam")).stream()
                .filter(e -> e.findElement(By.cssSelector(".zyk-exam-title")).getText().equals(title)).findFirst()
                .orElseThrow(() -> new AssertionError("no exam " + title + ": " + messages()));
    }

    private void select(String id, String value) {
        Object found = ((JavascriptExecutor) driver).executeScript("var s = document.getElementById(arguments[0]);"
                + " if (!s) { return 'no select'; } s.value = arguments[1];"
                + " return s.value === arguments[1] ? 'ok' : Array.prototype.map.call(s.options, function (o) {"
                + " return o.value + '=' + o.text; }).join(' | ');", id, value);
        if (!"ok".equals(found)) {
            throw new AssertionError("no option " + value + " in " + id + ": " + found);
        }
    }

    private void await(By by) {
        new WebDriverWait(driver, WAIT).until(d -> !d.findElements(by).isEmpty());
    }
}
