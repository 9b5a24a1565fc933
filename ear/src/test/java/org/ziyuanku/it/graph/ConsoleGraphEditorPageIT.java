package org.ziyuanku.it.graph;

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
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.ziyuanku.it.Deployments;
import org.ziyuanku.it.pages.ConsoleHomePage;
import org.ziyuanku.it.pages.PrimeFacesInputs;
import org.ziyuanku.it.support.BrowserTest;
import org.ziyuanku.it.support.TestDatabase;
import org.ziyuanku.it.support.TestKeycloak;
import org.ziyuanku.it.support.TestResources;

/**
 * The console's graph editor for the library's administrator: add two nodes, link them, tag a resource, merge two
 * nodes; a blocked word in a name is refused with a message and stores nothing. A teacher of another school sees the
 * page read-only.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ConsoleGraphEditorPageIT extends BrowserTest {

    private static final String SUFFIX = "-c" + System.currentTimeMillis() % 100_000;
    private static final String ADMIN = "grapheditor-admin" + SUFFIX;
    private static final String TEACHER = "grapheditor-teacher" + SUFFIX;
    private static final String BLOCKED = "图谱禁词" + SUFFIX;
    private static long library;
    private static long resource;
    private static long word;

    @BeforeAll
    static void anAdministratorAndAResource() throws Exception {
        TestKeycloak.ensureRunning();
        library = TestResources.contributor(TEACHER);
        TestResources.libraryAdministrator(ADMIN, library);
        resource = GraphWorld.publishedResource(TEACHER, library, "焊接参数表" + SUFFIX);
        word = TestDatabase.queryLong("select nextval('sensitive_word_seq')");
        TestDatabase.update("insert into sensitive_word (id, word, category, severity, created_by, created_at,"
                + " updated_at) values (?, ?, 'OTHER', 'BLOCK', 'it', now(), now())", word, BLOCKED);
    }

    @AfterAll
    static void deleteWhatWasCreated() throws Exception {
        TestDatabase.update("delete from sensitive_word where id = ?", word);
        GraphWorld.forgetNodes(SUFFIX);
        TestResources.forget(TEACHER, ADMIN);
    }

    @Test
    void administrator_addsLinksTagsAndMergesNodes_aBlockedWordIsRefused() throws Exception {
        signInAfresh(ADMIN);
        ConsoleHomePage.await(driver, Deployments.BASE_URL);
        addNode("SKILL", "参数调节" + SUFFIX);
        addNode("JOB", "工艺员" + SUFFIX);
        addNode("KNOWLEDGE", "电流" + SUFFIX);
        addNode("KNOWLEDGE", "焊接电流" + SUFFIX);
        long skill = nodeId("参数调节" + SUFFIX);
        long job = nodeId("工艺员" + SUFFIX);

        PrimeFacesInputs.choose(driver, "linkForm:source", "参数调节" + SUFFIX + " · 技能点");
        PrimeFacesInputs.choose(driver, "linkForm:target", "工艺员" + SUFFIX + " · 岗位");
        new org.openqa.selenium.support.ui.Select(driver.findElement(By.id("linkForm:edgeType:menu")))
                .selectByValue("SUPPORTS");
        submit("linkForm:link");
        assertEquals(1, TestDatabase.queryLong("select count(*) from graph_edge where source_id = ? and target_id = ?"
                + " and edge_type = 'SUPPORTS'", skill, job));

        PrimeFacesInputs.choose(driver, "tagForm:tagNode", "参数调节" + SUFFIX + " · 技能点");
        PrimeFacesInputs.type(driver, "tagForm:targetId", Long.toString(resource));
        submit("tagForm:tag");
        assertEquals(1, TestDatabase.queryLong("select count(*) from graph_node_resource where node_id = ? and"
                + " resource_id = ?", skill, resource));

        PrimeFacesInputs.choose(driver, "mergeForm:into", "焊接电流" + SUFFIX + " · 知识点");
        PrimeFacesInputs.choose(driver, "mergeForm:from", "电流" + SUFFIX + " · 知识点");
        submit("mergeForm:merge");
        assertEquals(0, TestDatabase.queryLong("select count(*) from graph_node where name = ?", "电流" + SUFFIX));

        PrimeFacesInputs.type(driver, "addNodeForm:nodeName", BLOCKED);
        org.openqa.selenium.WebElement add = driver.findElement(By.id("addNodeForm:addNode"));
        add.click();
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(ExpectedConditions.stalenessOf(add));
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(ExpectedConditions.textToBePresentInElementLocated(
                By.id("messages"), "图谱禁词"));
        assertEquals(0, TestDatabase.queryLong("select count(*) from graph_node where name = ?", BLOCKED));
    }

    @Test
    void teacherOfAParticipatingSchool_seesTheGraphReadOnly() throws Exception {
        long node = GraphWorld.node(ADMIN, library, "MODULE", "只读模块" + SUFFIX);
        signInAfresh(TEACHER);
        ConsoleHomePage.await(driver, Deployments.BASE_URL);
        driver.get(Deployments.BASE_URL + "/console/graph/editor.xhtml?library=" + library);
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(ExpectedConditions.presenceOfElementLocated(
                By.id("readOnly")));
        assertTrue(driver.getPageSource().contains("只读模块" + SUFFIX));
        assertTrue(driver.findElements(By.id("addNodeForm")).isEmpty(), "no change forms");
        assertEquals(1, TestDatabase.queryLong("select count(*) from graph_node where id = ?", node));
    }

    private void addNode(String type, String name) {
        driver.get(Deployments.BASE_URL + "/console/graph/editor.xhtml?library=" + library);
        new org.openqa.selenium.support.ui.Select(driver.findElement(By.id("addNodeForm:nodeType:menu")))
                .selectByValue(type);
        PrimeFacesInputs.type(driver, "addNodeForm:nodeName", name);
        submit("addNodeForm:addNode");
    }

    private void submit(String button) {
        org.openqa.selenium.WebElement pressed = driver.findElement(By.id(button));
        pressed.click();
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(20));
        wait.until(ExpectedConditions.stalenessOf(pressed));
        try {
            wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#messages .ui-messages-info")));
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError("no confirmation after " + button + " at " + driver.getCurrentUrl() + "; page: "
                    + driver.findElement(By.tagName("main")).getText(), e);
        }
    }

    private static long nodeId(String name) throws Exception {
        return TestDatabase.queryLong("select id from graph_node where library_id = ? and name = ?", library, name);
    }
}
