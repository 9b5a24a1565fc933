package org.ziyuanku.it.exam;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.ziyuanku.it.Deployments;
import org.ziyuanku.it.pages.PaperPages;
import org.ziyuanku.it.support.ApiClient;
import org.ziyuanku.it.support.BrowserTest;
import org.ziyuanku.it.support.TestDatabase;
import org.ziyuanku.it.support.TestResources;

/**
 * Papers in the console (issue 15 item 3): a teacher of the welding library, with 9 questions of a knowledge point of
 * their own (6 single choice, one with a TeX formula, 3 true/false, made through REST), opens 试卷 from the console
 * menu, creates a RANDOM paper of two rules and finds it listed with 6 questions and 40 points; a preview shows one
 * draw: 6 questions of the teacher's, 4 single choice with their 3 options and 2 true/false. A rule asking for 7
 * single-choice questions is refused with the Chinese message naming the 6 available, and no paper is stored. A FIXED
 * paper of 3 questions picked in the bank (the formula one among them) at 5 points is listed with 3 questions and 15
 * points, and its preview draws the formula with KaTeX and shows each question's options. A teacher of another school is not offered the library and sees none of its papers.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PaperPageIT extends BrowserTest {

    private static final String SUFFIX = "pg" + System.currentTimeMillis() % 100_000;
    private static final String TEACHER = "paper-page-" + SUFFIX;
    private static final String OUTSIDER = "paper-out-" + SUFFIX;
    private static final String KP = "试卷页" + SUFFIX;
    private static final List<Long> SINGLES = new ArrayList<>();
    private static long library;

    @BeforeAll
    static void teacherAndQuestions() throws Exception {
        library = TestResources.contributor(TEACHER);
        TestResources.outsider(OUTSIDER);
        for (int i = 0; i < 6; i++) {
            String stem = i == 0 ? "热输入 \\\\(q = \\\\frac{U I}{v}\\\\) 单选" + SUFFIX : "单选" + i + "-" + SUFFIX;
            SINGLES.add(question("SINGLE_CHOICE", stem, "\"options\":[\"对接\",\"角接\",\"搭接\"],"
                    + "\"key\":{\"correct\":[" + i % 3 + "]}"));
        }
        for (int i = 0; i < 3; i++) {
            question("TRUE_FALSE", "判断" + i + "-" + SUFFIX, "\"key\":{\"truth\":" + (i % 2 == 0) + "}");
        }
    }

    @AfterAll
    static void forget() throws Exception {
        TestDatabase.update("delete from exam_paper where author_id in (select id from user_account where username"
                + " = ?)", TEACHER);
        TestDatabase.update("delete from question where author_id in (select id from user_account where username"
                + " = ?)", TEACHER);
        TestResources.forget(TEACHER, OUTSIDER);
    }

    @Test
    @Order(1)
    void teacherCreatesARandomPaper_previewsADraw_isRefusedATooGreedyRule_andPicksAFixedPaper() throws Exception {
        signInAfresh(TEACHER);
        driver.findElement(By.id("menuPapers")).click();
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> d.getCurrentUrl().contains("/console/exam/papers"));
        PaperPages page = PaperPages.current(driver);
        assertTrue(page.libraryIds().contains(String.valueOf(library)), "the welding library is offered");
        page.library(library);

        String random = "随机卷" + SUFFIX;
        page.randomTitle(random).rule(0, "SINGLE_CHOICE", KP, 4, "5").addRule();
        String created = page.randomTitle(random).rule(1, "TRUE_FALSE", KP, 2, "10").createRandom();
        assertTrue(created.contains(random), created);
        assertEquals("6", page.countAndTotal(random).get(0));
        assertEquals(0, new BigDecimal("40").compareTo(new BigDecimal(page.countAndTotal(random).get(1))));

        List<WebElement> drawn = page.preview(random);
        assertEquals(6, drawn.size(), page.messages());
        assertTrue(drawn.stream().allMatch(d -> d.getText().contains(SUFFIX)), "only the teacher's questions");
        assertEquals(4, drawn.stream().filter(d -> d.getText().contains("单选题")).count());
        assertEquals(2, drawn.stream().filter(d -> d.getText().contains("判断题")).count());
        assertTrue(drawn.stream().filter(d -> d.getText().contains("单选题")).allMatch(d -> options(d).size() == 3));

        String greedy = "太多" + SUFFIX;
        String refused = page.randomTitle(greedy).rule(0, "SINGLE_CHOICE", KP, 7, "5").createRandom();
        assertTrue(refused.contains("需要 7 道题") && refused.contains("只有 6 道"), refused);
        assertEquals(0, TestDatabase.queryLong("select count(*) from exam_paper where title = ?", greedy));

        String fixed = "固定卷" + SUFFIX;
        page = PaperPages.open(driver, Deployments.BASE_URL).library(library);
        String picked = page.createFixed(fixed, "5", SINGLES.subList(0, 3));
        assertTrue(picked.contains(fixed), picked);
        assertEquals(List.of("3", "15"), page.countAndTotal(fixed).stream()
                .map(t -> new BigDecimal(t).stripTrailingZeros().toPlainString()).toList());
        assertEquals(3, TestDatabase.queryLong("select count(*) from exam_paper_question q join exam_paper p on"
                + " p.id = q.paper_id where p.title = ?", fixed));
        List<WebElement> fixedDraw = page.preview(fixed);
        assertEquals(3, fixedDraw.size(), page.messages());
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> !d.findElements(By.cssSelector("#preview .katex"))
                .isEmpty());
        assertFalse(driver.findElement(By.id("preview")).getText().contains("\\frac"), "the formula is drawn");
        assertTrue(fixedDraw.stream().allMatch(d -> options(d).stream().sorted().toList()
                .equals(List.of("搭接", "对接", "角接").stream().sorted().toList())), "each choice with its options");
    }

    private static List<String> options(WebElement drawn) {
        return drawn.findElements(By.cssSelector(".zyk-drawn-options li")).stream().map(WebElement::getText).toList();
    }

    @Test
    @Order(2)
    void aTeacherOfAnotherSchoolIsNotOfferedTheLibrary_andSeesNoneOfItsPapers() throws Exception {
        signInAfresh(OUTSIDER);
        PaperPages page = PaperPages.open(driver, Deployments.BASE_URL);
        assertFalse(page.libraryIds().contains(String.valueOf(library)), page.libraryIds().toString());
        String source = driver.getPageSource();
        assertFalse(source.contains("随机卷" + SUFFIX) || source.contains("固定卷" + SUFFIX) || source.contains("单选1-"
                + SUFFIX), "nothing of the welding library's papers or questions");
        assertFalse(page.titles().stream().anyMatch(t -> t.contains(SUFFIX)), page.titles().toString());
    }

    private static long question(String type, String stem, String rest) {
        HttpResponse<String> created = ApiClient.as(TEACHER).postJson("/api/v1/questions", "{\"libraryId\":" + library
                + ",\"type\":\"" + type + "\",\"stem\":\"" + stem + "\",\"difficulty\":3,\"points\":2,"
                + "\"knowledgePoints\":[\"" + KP + "\"]," + rest + "}");
        assertEquals(201, created.statusCode(), type + " → " + created.body());
        return Long.parseLong(ApiClient.json(created.body(), "id"));
    }
}
