package org.ziyuanku.it.pages;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The upload page of the resource console (console/resource/upload.xhtml), as a contributor sees it. */
public class ResourceUploadPage {

    private final WebDriver driver;

    private ResourceUploadPage(WebDriver driver) {
        this.driver = driver;
    }

    /** Opens the page for a signed-in contributor with the library chosen, and waits for the upload form. */
    public static ResourceUploadPage open(WebDriver driver, String baseUrl, long library) {
        driver.get(baseUrl + "/console/resource/upload.xhtml?library=" + library);
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> !d.findElements(By.id("uploadForm")).isEmpty());
        return new ResourceUploadPage(driver);
    }

    /** Fills the course, chooses the files, presses upload and waits for the report. */
    public ResourceUploadPage upload(String course, Path... files) {
        driver.findElement(By.id("uploadForm:courseName")).sendKeys(course);
        WebElement input = driver.findElement(By.cssSelector("#uploadForm input[type=file][id$='files_input'],"
                + " #uploadForm input[type=file][name$='files']"));
        input.sendKeys(String.join("\n", List.of(files).stream().map(f -> f.toAbsolutePath().toString()).toList()));
        driver.findElement(By.id("uploadForm:upload")).click();
        new WebDriverWait(driver, Duration.ofSeconds(60)).until(d -> !d.findElements(By.id("uploadReport")).isEmpty());
        return this;
    }

    /** The report's lines, one per file. */
    public List<String> results() {
        return driver.findElements(By.cssSelector("#uploadResults li")).stream().map(WebElement::getText).toList();
    }

    /** The id of the resource created from the named file, from the report's link. */
    public long resourceIdOf(String filename) {
        String href = driver.findElement(By.cssSelector("#uploadResults li[data-file='" + filename + "'] a"))
                .getAttribute("href");
        return Long.parseLong(href.replaceAll(".*[?&]id=(\\d+).*", "$1"));
    }
}
