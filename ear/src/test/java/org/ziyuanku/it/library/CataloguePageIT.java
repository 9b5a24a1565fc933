package org.ziyuanku.it.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.JavascriptExecutor;
import org.ziyuanku.it.Deployments;
import org.ziyuanku.it.pages.CataloguePage;
import org.ziyuanku.it.pages.HomePage;
import org.ziyuanku.it.pages.LibraryPage;
import org.ziyuanku.it.support.BrowserTest;

/** The anonymous portal in headless Chromium: search, the grouped catalogue, a library page, language, phone width. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CataloguePageIT extends BrowserTest {

    private static final String BASE = Deployments.BASE_URL;

    @Test
    void visitorSearchesDigitalMedia_andSeesLibrary118WithItsHost() {
        openBrowser(1280, 900);
        CataloguePage results = HomePage.open(driver, BASE).search("数字媒体");
        assertEquals(List.of("数字媒体专业群"), results.libraryNames());
        assertTrue(results.hostsOf("数字媒体专业群").contains("深圳信息职业技术学院"));
        assertTrue(results.summary().startsWith("共 1 个资源库"), results.summary());

        LibraryPage library = results.openLibrary("数字媒体专业群");
        assertEquals("数字媒体专业群", library.title());
        assertEquals(List.of("深圳信息职业技术学院"), library.hostUnits());
    }

    @Test
    void catalogue_showsAll203LibrariesIn20Groups_andSearchFindsPartialNames() {
        openBrowser(1280, 900);
        CataloguePage all = CataloguePage.open(driver, BASE, null);
        assertEquals(30, all.libraryNames().size(), "30 libraries a page (issue 17: a small first answer)");
        assertTrue(all.summary().startsWith("共 203 个资源库，20 个专业大类"), all.summary());
        assertTrue(all.groupTitles().get(0).startsWith("农林牧渔大类"), all.groupTitles().get(0));
        java.util.Set<String> names = new java.util.LinkedHashSet<>(all.libraryNames());
        java.util.Set<String> groups = new java.util.LinkedHashSet<>(all.groupTitles());
        for (int page = 2; page <= 7; page++) {
            CataloguePage next = CataloguePage.open(driver, BASE, "page=" + page);
            names.addAll(next.libraryNames());
            groups.addAll(next.groupTitles());
        }
        assertEquals(203, names.size());
        assertEquals(20, groups.size(), groups.toString());
        all = CataloguePage.open(driver, BASE, null);

        CataloguePage cnc = all.search("数控");
        assertTrue(cnc.libraryNames().containsAll(List.of("数控技术", "数控设备应用与维护")), cnc.libraryNames().toString());

        CataloguePage none = cnc.search("不存在的资源库名称");
        assertTrue(none.libraryNames().isEmpty());
        assertTrue(driver.getPageSource().contains("没有找到符合条件的资源库"));
    }

    @Test
    void libraryPage_showsHostUnitsInOrder_firstMarked() {
        openBrowser(1280, 900);
        LibraryPage library = CataloguePage.open(driver, BASE, null).openLibrary("动物药学");
        assertEquals(List.of("江苏农牧科技职业学院", "山东畜牧兽医职业学院", "湖北生物科技职业学院"), library.hostUnits());
        assertTrue(library.firstHostEntry().contains("第一主持单位"), library.firstHostEntry());
    }

    @Test
    void languageSwitch_showsEnglish_andBackToChinese() {
        openBrowser(1280, 900);
        HomePage home = HomePage.open(driver, BASE);
        assertTrue(home.navigationText().contains("资源库目录"));
        home.switchToEnglish();
        assertTrue(home.navigationText().contains("Library catalogue"), home.navigationText());
        CataloguePage catalogue = CataloguePage.open(driver, BASE, "category=51");
        assertTrue(catalogue.summary().contains("in 1 major category"), catalogue.summary());
        assertTrue(catalogue.groupTitles().get(0).startsWith("Electronics and Information"));
        HomePage.open(driver, BASE).switchToChinese();
        assertTrue(new HomePage(driver).navigationText().contains("资源库目录"));
    }

    @Test
    void phoneWidth_375px_hasNoHorizontalScrolling() {
        openBrowser(375, 812);
        for (String path : List.of("/", "/portal/library/catalogue.xhtml", "/portal/library/detail.xhtml?id=2")) {
            driver.get(BASE + path);
            long scrollWidth = (Long) ((JavascriptExecutor) driver)
                    .executeScript("return document.documentElement.scrollWidth;");
            long viewport = (Long) ((JavascriptExecutor) driver).executeScript("return window.innerWidth;");
            assertTrue(scrollWidth <= viewport, path + ": page is " + scrollWidth + "px wide in a " + viewport + "px window");
        }
    }
}
