package org.ziyuanku.it.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.ziyuanku.it.Deployments;
import org.ziyuanku.it.pages.ConsoleHomePage;
import org.ziyuanku.it.pages.SystemDictionaryPage;
import org.ziyuanku.it.support.ApiClient;
import org.ziyuanku.it.support.BrowserTest;
import org.ziyuanku.it.support.CrossSite;
import org.ziyuanku.it.support.TestDatabase;
import org.ziyuanku.it.support.TestKeycloak;

/**
 * The data dictionary (数据字典, issue 18 item 7): integrators read every code list and one list's active entries
 * anonymously, in their language, with a version they can revalidate (304); the system administrator adds, relabels
 * and deactivates entries of an OPEN list on the console page, each change raising the list's version, kept in its
 * history and audited, while a FIXED list offers no change; bad codes, blocked words and forged posts change nothing;
 * other roles get 403 and no menu entry.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DataDictionaryIT extends BrowserTest {

    private static final String SUFFIX = Long.toString(System.currentTimeMillis() % 100_000);
    private static final String SYSTEM_ADMIN = "sysadmin-dict-" + SUFFIX;
    private static final String SECOND_ADMIN = "sysadmin2-dict-" + SUFFIX;
    private static final String TEACHER = "teacher-dict-" + SUFFIX;
    private static final String TERM = "2090-2091-" + (SUFFIX.length() > 1 ? SUFFIX.substring(0, 1) : "1");
    private static final String BLOCKED = "字典禁词" + SUFFIX;

    @BeforeAll
    static void people() throws Exception {
        TestKeycloak.ensureRunning();
        TestKeycloak.createUser(SYSTEM_ADMIN, "system-admin");
        TestKeycloak.createUser(SECOND_ADMIN, "system-admin");
        TestKeycloak.createUser(TEACHER, "teacher");
        TestDatabase.update("insert into sensitive_word (id, word, category, severity, created_by, created_at,"
                + " updated_at) values (nextval('sensitive_word_seq'), ?, 'OTHER', 'BLOCK', 'it', now(), now())",
                BLOCKED);
        TestDatabase.update("delete from dictionary_change where list_code = 'TERM' and entry_code = ?", TERM);
        TestDatabase.update("delete from dictionary_entry where list_code = 'TERM' and code = ?", TERM);
    }

    @AfterAll
    static void forget() throws Exception {
        TestDatabase.update("delete from sensitive_word where word = ?", BLOCKED);
    }

    @Test
    void integrators_readTheListsAndOneListInTheirLanguage_andRevalidateByVersion() throws Exception {
        HttpResponse<String> lists = ApiClient.anonymous().get("/api/v1/dictionary");
        assertEquals(200, lists.statusCode(), lists.body());
        for (String list : List.of("RESOURCE_KIND", "LIBRARY_LEVEL", "MAJOR_CATEGORY", "QUESTION_TYPE", "TERM")) {
            assertTrue(lists.body().contains("\"code\":\"" + list + "\""), list + " in " + lists.body());
        }
        HttpResponse<String> kinds = ApiClient.anonymous().inLanguage("en").get("/api/v1/dictionary/RESOURCE_KIND");
        assertEquals(200, kinds.statusCode(), kinds.body());
        assertTrue(kinds.body().contains("\"policy\":\"FIXED\""), kinds.body());
        assertTrue(kinds.body().contains("{\"code\":\"SIMULATION\",\"label\":\"Virtual simulation\","), kinds.body());
        assertTrue(kinds.body().contains("\"labelZh\":\"虚拟仿真\""), kinds.body());
        assertTrue(kinds.body().indexOf("\"DOCUMENT\"") < kinds.body().indexOf("\"VIDEO\""), "in order");
        assertTrue(ApiClient.anonymous().get("/api/v1/dictionary/RESOURCE_KIND").body()
                .contains("\"label\":\"虚拟仿真\""), "Chinese by default");

        String tag = kinds.headers().firstValue("ETag").orElseThrow();
        HttpResponse<String> again = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                Deployments.BASE_URL + "/api/v1/dictionary/RESOURCE_KIND")).header("Accept-Language", "en")
                .header("If-None-Match", tag).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(304, again.statusCode(), "unchanged list revalidates");

        HttpResponse<String> unknown = ApiClient.anonymous().inLanguage("en").get("/api/v1/dictionary/NO_SUCH_LIST");
        assertEquals(404, unknown.statusCode());
        assertTrue(unknown.body().contains("There is no code list"), unknown.body());
        assertEquals(404, ApiClient.anonymous().get("/api/v1/dictionary/%3Cscript%3E").statusCode());
    }

    @Test
    void systemAdministrator_addsRelabelsAndDeactivatesATerm_versionedAuditedAndShownInTheHistory() throws Exception {
        signInAfresh(SYSTEM_ADMIN);
        assertTrue(ConsoleHomePage.await(driver, Deployments.BASE_URL).menuEntries().contains("menuDictionary"));
        long version = TestDatabase.queryLong("select list_version from dictionary_list where code = 'TERM'");

        SystemDictionaryPage page = SystemDictionaryPage.open(driver, Deployments.BASE_URL, "TERM").awaitEntries();
        page.add(TERM, "2090—2091学年", "2090–2091");
        assertTrue(page.codes().contains(TERM), page.codes().toString());
        assertTrue(page.messages().contains(TERM), page.messages());
        page.relabel(TERM, "2090—2091学年第一学期", "2090–2091, first term");
        assertEquals("2090—2091学年第一学期", page.cell(TERM, ".zyk-entry-label-zh"));
        page.deactivate(TERM);
        assertEquals("false", TestDatabase.queryString("select active::text from dictionary_entry where list_code ="
                + " 'TERM' and code = ?", TERM));
        assertEquals(version + 3, TestDatabase.queryLong("select list_version from dictionary_list where code = 'TERM'"));
        assertEquals(3, TestDatabase.queryLong("select count(*) from dictionary_change where list_code = 'TERM'"
                + " and entry_code = ? and changed_by = ?", TERM, SYSTEM_ADMIN));
        assertEquals(List.of(TERM, TERM, TERM), page.historyCodes().subList(0, 3));
        for (String action : List.of("DICTIONARY_ADD", "DICTIONARY_CHANGE", "DICTIONARY_ACTIVATE")) {
            assertEquals(1, TestDatabase.queryLong("select count(*) from audit_record where actor = ? and action = ?"
                    + " and target = 'dictionary:TERM' and outcome = 'SUCCESS'", SYSTEM_ADMIN, action), action);
        }
        String published = ApiClient.anonymous().get("/api/v1/dictionary/TERM").body();
        assertFalse(published.contains(TERM), "a deactivated entry is no longer offered: " + published);
    }

    @Test
    void badCodesBlockedWordsAndFixedLists_changeNothing() throws Exception {
        signInAfresh(SECOND_ADMIN);
        long entries = TestDatabase.queryLong("select count(*) from dictionary_entry");
        SystemDictionaryPage page = SystemDictionaryPage.open(driver, Deployments.BASE_URL, "TERM").awaitEntries();
        page.add("bad code!", "坏代码", "Bad");
        assertTrue(page.messages().contains("代码“bad code!”无效"), page.messages());
        page.add("GOOD-" + SUFFIX, "含" + BLOCKED + "的名称", "Blocked");
        assertTrue(page.messages().contains(BLOCKED), page.messages());
        page.add("2020-2021-1", "重复", "Duplicate");
        page.add("2020-2021-1", "重复", "Duplicate");
        assertTrue(page.messages().contains("已存在"), page.messages());
        TestDatabase.update("delete from dictionary_entry where list_code = 'TERM' and code = '2020-2021-1'");
        TestDatabase.update("delete from dictionary_change where list_code = 'TERM' and entry_code = '2020-2021-1'");
        assertEquals(entries, TestDatabase.queryLong("select count(*) from dictionary_entry"));

        SystemDictionaryPage kinds = SystemDictionaryPage.open(driver, Deployments.BASE_URL, "RESOURCE_KIND")
                .awaitEntries();
        assertFalse(kinds.offersEditing(), "a fixed list offers no change");
        long videos = TestDatabase.queryLong("select count(*) from teaching_resource where kind = 'VIDEO'");
        assertEquals(Long.toString(videos), kinds.cell("VIDEO", ".zyk-entry-uses"));

        CrossSite evil = CrossSite.withCookiesOf(driver);
        evil.post("/console/system/dictionary.xhtml?list=TERM", "entryForm", "entryForm", "entryForm:addEntry", "",
                "entryForm:entryCode", "EVIL-" + SUFFIX, "entryForm:entryLabelZh", "伪造", "entryForm:entryLabelEn",
                "Forged", CrossSite.viewStateParameter(), "stateless");
        assertEquals(0, TestDatabase.queryLong("select count(*) from dictionary_entry where code = ?", "EVIL-" + SUFFIX));
    }

    @Test
    void otherRoles_getAccessDenied_andNoMenuEntry() throws Exception {
        signInAfresh(TEACHER);
        assertFalse(ConsoleHomePage.await(driver, Deployments.BASE_URL).menuEntries().contains("menuDictionary"));
        SystemDictionaryPage page = SystemDictionaryPage.open(driver, Deployments.BASE_URL, "TERM");
        assertTrue(page.showsAccessDenied(), driver.getPageSource());
        assertFalse(page.showsEntries());
        assertTrue(TestDatabase.queryLong("select count(*) from audit_record where actor = ? and outcome = 'DENIED'",
                TEACHER) >= 1, "the refusal is audited");
    }
}
