package org.ziyuanku.it.learning;

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
import org.openqa.selenium.Dimension;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.ziyuanku.it.Deployments;
import org.ziyuanku.it.pages.ConsoleHomePage;
import org.ziyuanku.it.pages.Navigation;
import org.ziyuanku.it.pages.RealmLoginPage;
import org.ziyuanku.it.pages.ResourceActionsPage;
import org.ziyuanku.it.support.BrowserTest;
import org.ziyuanku.it.support.TestDatabase;
import org.ziyuanku.it.support.TestKeycloak;

/**
 * A learner on a phone (390 px wide) signs in, opens a published video of the welding library, rates it, saves it to
 * favourites, writes a note at a position of the video and reopens the video there from the note; the page never
 * needs sideways scrolling (at 375 px neither), and 我的收藏 and 我的笔记 list what was saved.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class LearnerActionsPageIT extends BrowserTest {

    private static LearnerActionsWorld world;
    private static long video;

    @BeforeAll
    static void aVideo() throws Exception {
        world = new LearnerActionsWorld();
        video = world.published("phone-" + world.suffix + ".mp4", "sample.mp4", "平焊示范 " + world.suffix);
    }

    @AfterAll
    static void forget() throws Exception {
        world.forget();
    }

    @Test
    void learnerOnAPhone_rates_saves_andReopensTheVideoAtTheirNote() throws Exception {
        openBrowser(390, 844);
        driver.get(Deployments.BASE_URL + "/console/index.xhtml");
        RealmLoginPage.await(driver, TestKeycloak.REALM_URL).signIn(world.learner, TestKeycloak.DEMO_PASSWORD);
        ConsoleHomePage.await(driver, Deployments.BASE_URL);

        ResourceActionsPage page = ResourceActionsPage.open(driver, Deployments.BASE_URL, video);
        assertTrue(page.fitsTheWindow(), "no sideways scrolling at 390 px");
        page.rate(4);
        assertTrue(page.ratingText().contains("4.0"), page.ratingText());
        assertEquals(4, TestDatabase.queryLong("select stars from resource_rating where resource_id = ? and user_id = ?",
                video, world.accountId(world.learner)));

        page.addToFavourites();
        assertTrue(page.favouriteButtonText().contains("已收藏"), page.favouriteButtonText());

        page.writeNoteAt(2, "注意收弧 " + world.suffix);
        assertTrue(page.firstNoteLink().getAttribute("href").contains("t=2"), page.firstNoteLink().getAttribute("href"));
        Navigation.clickAndWaitForNewPage(driver, page.firstNoteLink());
        ResourceActionsPage reopened = ResourceActionsPage.await(driver);
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> Math.abs(reopened.playerPosition() - 2) < 0.5);
        assertTrue(reopened.fitsTheWindow());

        driver.get(Deployments.BASE_URL + "/console/learning/notes.xhtml");
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> d.findElement(By.id("notes")).getText()
                .contains("注意收弧 " + world.suffix));
        driver.get(Deployments.BASE_URL + "/console/learning/favourites.xhtml");
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> d.findElement(By.id("favourites")).getText()
                .contains("平焊示范 " + world.suffix));
        assertTrue(page.fitsTheWindow(), "我的收藏 fits 390 px");
        driver.manage().window().setSize(new Dimension(375, 812));
        driver.navigate().refresh();
        assertTrue(page.fitsTheWindow(), "我的收藏 fits 375 px");
        ResourceActionsPage.open(driver, Deployments.BASE_URL, video);
        assertTrue(page.fitsTheWindow(), "the resource page fits 375 px");
    }
}
