package org.ziyuanku.it.learning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.ziyuanku.it.Deployments;
import org.ziyuanku.it.pages.ClassStatisticsPage;
import org.ziyuanku.it.pages.ConsoleHomePage;
import org.ziyuanku.it.pages.Navigation;
import org.ziyuanku.it.support.BrowserTest;
import org.ziyuanku.it.support.CrossSite;

/**
 * The teacher's class statistics in the browser (issue 13, acceptance: "the teacher sees that learner's progress in
 * the class statistics and exports them"): the console menu leads to their classes, the class's page shows each
 * learner's progress, filters those behind schedule and sorts; the export downloads a workbook with the same
 * figures; the print view shows them on a bare page with the print stylesheet. The teacher of the other class gets
 * the access-denied page for both.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ClassStatisticsPageIT extends BrowserTest {

    private static final String BASE = Deployments.BASE_URL;

    @Test
    void teacher_seesTheLearnersProgress_filtersAndSorts_exportsAndPrints() throws Exception {
        Classroom room = Classroom.create("cp");
        signInAfresh(room.teacherA);
        ConsoleHomePage.await(driver, BASE);
        Navigation.clickAndWaitForNewPage(driver, driver.findElement(By.id("menuClassStatistics")));
        WebElement classLink = driver.findElement(By.linkText(room.offeringTitle + " · 甲班" + room.suffix));
        assertTrue(driver.findElements(By.linkText(room.offeringTitle + " · 乙班" + room.suffix)).isEmpty(),
                "class B is not the teacher's");
        Navigation.clickAndWaitForNewPage(driver, classLink);

        ClassStatisticsPage page = ClassStatisticsPage.await(driver);
        assertTrue(page.heading().contains("甲班" + room.suffix), page.heading());
        assertEquals("2", page.learnerCount());
        assertEquals("50 %", page.averageProgress());
        assertEquals(List.of("S001", "S002"), page.studentNumbers());
        assertEquals(List.of(room.learner1Name, "l2-" + room.suffix), page.column("zyk-name"));
        assertEquals(List.of("66 %", "33 %"), page.column("zyk-progress-cell"));
        assertEquals(List.of("2 / 3", "1 / 3"), page.column("zyk-completed"));
        assertEquals(List.of("3", "2"), page.column("zyk-time"), "minutes");

        page.toggleBehindOnly(1);
        assertEquals(List.of("S002"), page.studentNumbers());
        page.toggleBehindOnly(2).sortBy("进度", "S002");
        assertEquals(List.of("S002", "S001"), page.studentNumbers(), "ascending progress");

        HttpResponse<byte[]> export = download(page.exportHref());
        assertEquals(200, export.statusCode());
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(export.body()))) {
            Sheet sheet = book.getSheetAt(0);
            assertEquals("S001", sheet.getRow(1).getCell(1).getStringCellValue());
            assertEquals(66, (int) sheet.getRow(1).getCell(4).getNumericCellValue());
            assertEquals("S002", sheet.getRow(2).getCell(1).getStringCellValue());
        }

        driver.get(page.printHref());
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> !d.findElements(By.id("printHeading")).isEmpty());
        assertTrue(driver.findElement(By.id("printHeading")).getText().contains("甲班" + room.suffix));
        String table = driver.findElement(By.id("learners")).getText();
        assertTrue(table.contains("S001") && table.contains("66 %") && table.contains("S002"), table);
        assertFalse(driver.findElements(By.cssSelector("link[href*='print.css']")).isEmpty(), "print stylesheet");
        assertTrue(driver.findElements(By.id("consoleMenu")).isEmpty(), "a bare page");
    }

    @Test
    void teacherOfTheOtherClass_getsAccessDenied_forThePageAndThePrintView() throws Exception {
        Classroom room = Classroom.create("cq");
        signInAfresh(room.teacherB);
        ConsoleHomePage.await(driver, BASE);
        CrossSite own = CrossSite.withCookiesOf(driver);
        assertEquals(403, own.own("/console/learning/statistics.xhtml?classId=" + room.classA).statusCode());
        assertEquals(403, own.own("/console/learning/print.xhtml?classId=" + room.classA).statusCode());
        assertEquals(404, own.own("/console/learning/statistics.xhtml?classId=" + (room.classA + 1_000_000))
                .statusCode());
        assertEquals(200, own.own("/console/learning/statistics.xhtml?classId=" + room.classB).statusCode());
        assertEquals(403, own.get("/api/v1/classes/" + room.classA + "/statistics?format=xlsx").statusCode());
    }

    private HttpResponse<byte[]> download(String url) throws Exception {
        String cookies = driver.manage().getCookies().stream().map(c -> c.getName() + "=" + c.getValue())
                .collect(Collectors.joining("; "));
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url)).header("Cookie", cookies)
                .GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }
}
