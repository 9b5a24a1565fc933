package org.ziyuanku.it.pages;

import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The knowledge graph on a library's page: type filters, the ECharts canvas (a node is clicked where ECharts drew
 * it), the node list and the panel of the node opened.
 */
public class LibraryGraphPage {

    private final WebDriver driver;
    private final WebDriverWait wait;

    private LibraryGraphPage(WebDriver driver) {
        this.driver = driver;
        this.wait = new WebDriverWait(driver, Duration.ofSeconds(20));
    }

    /** Opens the library's page and waits until the graph is drawn. */
    public static LibraryGraphPage open(WebDriver driver, String baseUrl, long library) {
        driver.get(baseUrl + "/portal/library/detail.xhtml?id=" + library);
        LibraryGraphPage page = new LibraryGraphPage(driver);
        page.wait.until(ExpectedConditions.attributeToBe(By.id("knowledgeGraph"), "data-loaded", "true"));
        return page;
    }

    /** Shows only nodes of this type (unticks the other filters). */
    public void showOnly(String type) {
        for (WebElement box : driver.findElements(By.cssSelector("#knowledgeGraph input[data-type]"))) {
            if (box.isSelected() != type.equals(box.getAttribute("data-type"))) {
                box.findElement(By.xpath("..")).click();
            }
        }
    }

    /** The names in the node list (the nodes the filters show). */
    public List<String> listedNodes() {
        return driver.findElements(By.cssSelector("#graphNodeList button")).stream().map(WebElement::getText).toList();
    }

    /** Clicks the node where ECharts drew it on the canvas, and waits for its panel. */
    public void clickNodeInChart(String name) {
        WebElement chart = driver.findElement(By.id("graphChart"));
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", chart);
        @SuppressWarnings("unchecked")
        List<Number> at = (List<Number>) ((JavascriptExecutor) driver).executeScript(
                "var el = document.getElementById('graphChart'); var chart = echarts.getInstanceByDom(el);"
                        + " var data = chart.getModel().getSeriesByIndex(0).getData();"
                        + " var p = chart.convertToPixel({seriesIndex: 0}, data.getItemLayout(data.indexOfName(arguments[0])));"
                        + " return [p[0], p[1], el.clientWidth, el.clientHeight];", name);
        int x = (int) Math.round(at.get(0).doubleValue() - at.get(2).doubleValue() / 2);
        int y = (int) Math.round(at.get(1).doubleValue() - at.get(3).doubleValue() / 2);
        new Actions(driver).moveToElement(chart, x, y).click().perform();
        wait.until(ExpectedConditions.textToBe(By.cssSelector("#graphPanel .zyk-graph-panel-title"), name));
    }

    /** The titles of the resources in the open panel. */
    public List<String> panelResources() {
        return driver.findElements(By.cssSelector("#graphPanel .zyk-graph-resources a")).stream()
                .map(WebElement::getText).toList();
    }

    /** Opens the resource from the panel. */
    public void openResource(String title) {
        WebElement link = driver.findElement(By.linkText(title));
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", link);
        link.click();
        wait.until(ExpectedConditions.urlContains("/portal/resource/view.xhtml"));
    }

    /** Whether the page is no wider than the window. */
    public boolean fitsTheWindow() {
        JavascriptExecutor js = (JavascriptExecutor) driver;
        long scroll = ((Number) js.executeScript("return document.documentElement.scrollWidth;")).longValue();
        long width = ((Number) js.executeScript("return window.innerWidth;")).longValue();
        return scroll <= width;
    }
}
