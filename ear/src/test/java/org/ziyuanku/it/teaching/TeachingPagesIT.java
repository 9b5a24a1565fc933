package org.ziyuanku.it.teaching;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.ziyuanku.it.Deployments;
import org.ziyuanku.it.pages.Navigation;
import org.ziyuanku.it.pages.OfferingPages;
import org.ziyuanku.it.support.BrowserTest;
import org.ziyuanku.it.support.CourseFixtures;
import org.ziyuanku.it.support.CrossSite;
import org.ziyuanku.it.support.Http;
import org.ziyuanku.it.support.TestDatabase;
import org.ziyuanku.it.support.TestKeycloak;
import org.ziyuanku.it.support.TestResources;

/**
 * The teaching pages in Chromium: anyone reads a published offering on the portal with its trial items, a draft is
 * 404 there; the teacher hides an item on the console's offering page (a Faces post) and sees the class code on the
 * class page; renames an item and sets a module's due date with the outline form (a local change), and a due date on
 * an item is refused with a message and changes nothing. Another teacher of the school gets the 404 page instead of
 * the offering, and the outline form posted from another site with the teacher's cookies changes nothing.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class TeachingPagesIT extends BrowserTest {

    private static final String SUFFIX = Long.toString(System.currentTimeMillis() % 100_000);
    private static final String TEACHER = "pages-teacher-" + SUFFIX;
    private static final String COLLEAGUE = "pages-colleague-" + SUFFIX;
    private static long course;
    private static long offering;
    private static long courseClass;

    @BeforeAll
    static void aPublishedOffering() throws Exception {
        TestKeycloak.ensureRunning();
        long school = TeachingWorld.schoolA();
        long teacher = TeachingWorld.person(TEACHER, "teacher", school);
        TeachingWorld.person(COLLEAGUE, "teacher", school);
        long library = TestResources.weldingLibraryWith(school);
        course = TeachingWorld.course(library, teacher, "PAGES" + SUFFIX,
                TeachingWorld.publishedResources(TEACHER, library, "pages" + SUFFIX, 2));
        offering = TeachingWorld.offer(TEACHER, course, "焊接页面 " + SUFFIX, "OPEN", true);
        courseClass = TeachingWorld.createClass(TEACHER, offering, "页面一班");
        TeachingWorld.publish(TEACHER, offering);
        TestDatabase.update("update offering_node set trial = true where offering_id = ? and title = '条目 2'",
                offering);
    }

    @AfterAll
    static void deleteWhatWasCreated() throws Exception {
        TeachingWorld.forgetCourse(course);
        TeachingWorld.forget(TEACHER, COLLEAGUE);
    }

    @Test
    void portal_showsThePublishedOfferingWithTrialItems_andADraftIs404() throws Exception {
        // the other test of this class hides an item on the offering page; this one reads the whole outline
        TestDatabase.update("update offering_node set hidden = false where offering_id = ?", offering);
        openBrowser(1280, 900);
        driver.get(Deployments.BASE_URL + "/portal/course/offering.xhtml?id=" + offering);
        assertEquals("焊接页面 " + SUFFIX, driver.findElement(By.id("offeringTitle")).getText());
        String outline = driver.findElement(By.id("outline")).getText();
        assertTrue(outline.contains("条目 1") && outline.contains("试学"), outline);
        long draft = TeachingWorld.offer(TEACHER, course, "焊接页面草稿 " + SUFFIX, "OPEN", true);
        assertEquals(404, Http.status(Deployments.BASE_URL + "/portal/course/offering.xhtml?id=" + draft));
        assertEquals(404, Http.status(Deployments.BASE_URL + "/portal/course/offering.xhtml?id=x"));
    }

    @Test
    void teacher_hidesAnItemOnTheOfferingPage_andSeesTheClassCode() throws Exception {
        signInAfresh(TEACHER);
        driver.get(Deployments.BASE_URL + "/console/teaching/offering.xhtml?id=" + offering);
        long item = TeachingWorld.node(offering, "条目 1");
        WebElement row = new WebDriverWait(driver, Duration.ofSeconds(30))
                .until(d -> d.findElement(By.cssSelector("#outline li[data-id='" + item + "']")));
        Navigation.clickAndWaitForNewPage(driver, row.findElement(By.cssSelector(".zyk-hide")));
        assertEquals("true", TestDatabase.queryString("select hidden::text from offering_node where id = ?", item));
        assertTrue(driver.findElement(By.cssSelector("#outline li[data-id='" + item + "']")).getText()
                .contains("已隐藏"));

        driver.get(Deployments.BASE_URL + "/console/teaching/class.xhtml?id=" + courseClass);
        assertEquals(CourseFixtures.classCode(courseClass), driver.findElement(By.id("classCode")).getText());
    }

    @Test
    void teacher_changesTheOutlineLocally_andADueDateOnAnItemIsRefused() throws Exception {
        signInAfresh(TEACHER);
        driver.get(Deployments.BASE_URL + "/console/teaching/offering.xhtml?id=" + offering);
        OfferingPages pages = new OfferingPages(driver, Deployments.BASE_URL);
        long item = TeachingWorld.node(offering, "条目 2");
        long module = TeachingWorld.node(offering, "模块一");

        String renamed = pages.editNode("— — 条目 2", "条目二（本班版）", null);
        assertTrue(renamed.contains("已保存修改"), renamed);
        assertEquals("条目二（本班版）|true", TestDatabase.queryString("select title || '|' || local_changed from"
                + " offering_node where id = ?", item));
        assertTrue(driver.findElement(By.id("outline")).getText().contains("条目二（本班版）"));
        assertEquals("", driver.findElement(By.id("editNodeForm:editTitle")).getDomProperty("value"),
                "a saved change empties the form");
        String due = pages.editNode("模块一", null, "2026-12-20");
        assertTrue(due.contains("已保存修改"), due);
        assertEquals("2026-12-20|模块一|false", TestDatabase.queryString("select due_on::text || '|' || title || '|'"
                + " || local_changed from offering_node where id = ?", module), "the module keeps its title");

        String refused = pages.editNode("— — 条目二（本班版）", null, "2026-12-21");
        assertTrue(refused.contains("截止") || refused.contains("模块"), refused);
        assertEquals(null, TestDatabase.queryString("select due_on::text from offering_node where id = ?", item));
        String nothing = pages.editNode("模块一", null, null);
        assertTrue(nothing.contains("请填写新标题或截止日期"), nothing);
    }

    @Test
    void outlineForm_refusesAnotherTeacherOfTheSchool_andAPostFromAnotherSite() throws Exception {
        long item = TeachingWorld.node(offering, "条目 1");
        String before = TestDatabase.queryString("select title || '|' || local_changed from offering_node where id = ?",
                item);
        signInAfresh(COLLEAGUE);
        driver.get(Deployments.BASE_URL + "/console/teaching/offering.xhtml?id=" + offering);
        assertEquals(1, driver.findElements(By.id("notFound")).size(), "not theirs: the 404 page, no form");
        assertEquals(0, driver.findElements(By.id("editNodeForm:saveNode")).size());

        signInAfresh(TEACHER);
        driver.get(Deployments.BASE_URL + "/console/teaching/offering.xhtml?id=" + offering);
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> !d.findElements(By.id("editNodeForm:saveNode"))
                .isEmpty());
        String page = "/console/teaching/offering.xhtml?id=" + offering;
        for (String viewState : new String[] {"stateless", "-4611686018427387904:2305843009213693952"}) {
            CrossSite.withCookiesOf(driver).post(page, "editNodeForm", "editNodeForm", "editNodeForm:editNode_input",
                    Long.toString(item), "editNodeForm:editTitle", "伪造的标题", "editNodeForm:saveNode", "",
                    CrossSite.viewStateParameter(), viewState);
        }
        assertEquals(before, TestDatabase.queryString("select title || '|' || local_changed from offering_node"
                + " where id = ?", item), "a forged post changes nothing");
    }
}
