package org.ziyuanku.it.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.ziyuanku.it.Deployments;
import org.ziyuanku.it.pages.LibraryGraphPage;
import org.ziyuanku.it.support.BrowserTest;
import org.ziyuanku.it.support.TestKeycloak;
import org.ziyuanku.it.support.TestResources;

/**
 * The welding library's page on a phone (375 × 812), anonymously: the knowledge graph is drawn from the API, filtered
 * to skill points, a skill node clicked on the canvas shows its resources in the panel, and one opens from there.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class LibraryGraphPageIT extends BrowserTest {

    private static final String SUFFIX = "-p" + System.currentTimeMillis() % 100_000;
    private static final String ADMIN = "graphpage-admin" + SUFFIX;
    private static final String TEACHER = "graphpage-teacher" + SUFFIX;
    private static final String SKILL = "平焊技能" + SUFFIX;
    private static final String RESOURCE = "平焊操作示范" + SUFFIX;
    private static long library;
    private static long resource;

    @BeforeAll
    static void aSkillNodeWithAResource() throws Exception {
        TestKeycloak.ensureRunning();
        library = TestResources.contributor(TEACHER);
        TestResources.libraryAdministrator(ADMIN, library);
        resource = GraphWorld.publishedResource(TEACHER, library, RESOURCE);
        long skill = GraphWorld.node(ADMIN, library, "SKILL", SKILL);
        long job = GraphWorld.node(ADMIN, library, "JOB", "焊工岗位" + SUFFIX);
        GraphWorld.edge(ADMIN, library, skill, job, "SUPPORTS");
        GraphWorld.tag(ADMIN, library, skill, "resource", resource);
    }

    @AfterAll
    static void deleteWhatWasCreated() throws Exception {
        GraphWorld.forgetNodes(SUFFIX);
        TestResources.forget(TEACHER, ADMIN);
    }

    @Test
    void anonymousOnAPhone_clicksASkillNode_andOpensItsResource() {
        openBrowser(375, 812);
        LibraryGraphPage page = LibraryGraphPage.open(driver, Deployments.BASE_URL, library);
        assertTrue(page.fitsTheWindow(), "no horizontal scrolling at 375 px");
        assertTrue(page.listedNodes().contains("焊工岗位" + SUFFIX), page.listedNodes().toString());

        page.showOnly("SKILL");
        assertTrue(page.listedNodes().contains(SKILL), page.listedNodes().toString());
        assertTrue(!page.listedNodes().contains("焊工岗位" + SUFFIX), "jobs are filtered out");
        page.clickNodeInChart(SKILL);
        assertEquals(java.util.List.of(RESOURCE), page.panelResources());
        assertTrue(page.fitsTheWindow(), "the panel fits too");

        page.openResource(RESOURCE);
        assertTrue(driver.getCurrentUrl().endsWith("id=" + resource), driver.getCurrentUrl());
        assertEquals(RESOURCE, driver.findElement(By.id("resourceTitle")).getText());
    }
}
