package org.ziyuanku.it.resource;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.ziyuanku.it.support.ApiClient;
import org.ziyuanku.it.support.TestDatabase;
import org.ziyuanku.it.support.TestResources;
import org.ziyuanku.it.support.TestReview;

/**
 * Open access: an anonymous visitor finds, reads and plays a published video (HTTP ranges, 206) and never learns that a
 * draft exists (404, not 403); a teacher of another school does not see it either; Chinese search finds 焊接 in
 * 焊接技术及自动化; play counts stay exact under concurrent requests.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class TeachingResourceEndpointIT {

    private static final String SUFFIX = Long.toString(System.currentTimeMillis() % 100_000);
    private static final String AUTHOR = "author-" + SUFFIX;
    private static final String MANAGER = "manager-" + SUFFIX;
    private static final String OTHER_SCHOOL = "other-" + SUFFIX;
    private static final byte[] VIDEO = TestResources.sample("sample.mp4");
    private static long library;
    private static String published;
    private static String draft;

    @BeforeAll
    static void publishedVideoAndDraft() throws Exception {
        library = TestResources.contributor(AUTHOR);
        TestResources.libraryAdministrator(MANAGER, library);
        TestResources.outsider(OTHER_SCHOOL);
        published = id(ApiClient.as(AUTHOR).upload("/api/v1/libraries/" + library + "/resources", "video.mp4", VIDEO,
                ApiClient.fields("title", "焊接技术及自动化" + SUFFIX + "实训视频", "courseName", "焊接工艺")));
        TestReview.publish(AUTHOR, MANAGER, library, Long.parseLong(published));
        draft = id(ApiClient.as(AUTHOR).upload("/api/v1/libraries/" + library + "/resources", "draft.png",
                TestResources.sample("sample.png"), ApiClient.fields("title", "焊接草稿" + SUFFIX)));
    }

    @AfterAll
    static void deleteWhatWasCreated() throws Exception {
        TestResources.forget(AUTHOR, MANAGER, OTHER_SCHOOL);
    }

    private static String id(HttpResponse<String> created) {
        assertEquals(201, created.statusCode(), created.body());
        return ApiClient.json(created.body(), "id");
    }

    @Test
    void anonymous_rangeOfAPublishedVideo_isExactly1000Bytes() {
        HttpResponse<byte[]> part = ApiClient.anonymous().getBytes("/api/v1/resources/" + published + "/content",
                "Range", "bytes=1000-1999");

        assertEquals(206, part.statusCode());
        assertEquals(1000, part.body().length);
        assertArrayEquals(Arrays.copyOfRange(VIDEO, 1000, 2000), part.body());
        assertEquals("bytes 1000-1999/" + VIDEO.length, part.headers().firstValue("Content-Range").orElse(""));
        assertEquals("video/mp4", part.headers().firstValue("Content-Type").orElse("").split(";")[0]);
    }

    @Test
    void anonymous_wholePublishedVideo_isServedWithRangesAnnounced() {
        HttpResponse<byte[]> whole = ApiClient.anonymous().getBytes("/api/v1/resources/" + published + "/content");

        assertEquals(200, whole.statusCode());
        assertArrayEquals(VIDEO, whole.body());
        assertEquals("bytes", whole.headers().firstValue("Accept-Ranges").orElse(""));
    }

    @Test
    void anonymous_rangeBeyondTheEnd_is416() {
        assertEquals(416, ApiClient.anonymous().getBytes("/api/v1/resources/" + published + "/content", "Range",
                "bytes=" + VIDEO.length + "-").statusCode());
    }

    @Test
    void draft_isNotFoundForAnonymousAndOtherSchools_butVisibleToItsAuthor() {
        for (ApiClient stranger : List.of(ApiClient.anonymous(), ApiClient.as(OTHER_SCHOOL))) {
            assertEquals(404, stranger.get("/api/v1/resources/" + draft).statusCode());
            assertEquals(404, stranger.getBytes("/api/v1/resources/" + draft + "/content").statusCode());
        }
        assertEquals(404, ApiClient.anonymous().get("/api/v1/resources/99999999").statusCode());
        HttpResponse<String> own = ApiClient.as(AUTHOR).get("/api/v1/resources/" + draft);
        assertEquals(200, own.statusCode(), own.body());
        assertEquals("DRAFT", ApiClient.json(own.body(), "status"));
    }

    @Test
    void search_twoChineseCharacters_findsThePublishedResourceButNeverTheDraft() {
        String q = URLEncoder.encode("焊接", StandardCharsets.UTF_8);
        HttpResponse<String> found = ApiClient.anonymous().get("/api/v1/resources?q=" + q + "&library=" + library
                + "&size=100");

        assertEquals(200, found.statusCode(), found.body());
        assertTrue(found.body().contains("\"id\":" + published), found.body());
        assertFalse(found.body().contains("\"id\":" + draft), found.body());
        assertTrue(found.body().contains("\"facet\":\"kind\""), found.body());
    }

    @Test
    void search_unknownKind_isExplained() {
        HttpResponse<String> bad = ApiClient.anonymous().get("/api/v1/resources?kind=FILM");

        assertEquals(400, bad.statusCode());
        assertTrue(bad.body().contains("VIDEO"), bad.body());
    }

    @Test
    void libraryRequiringLoginToDownload_stillPlaysForAnonymous_butDownloadsOnlyForAccounts() throws Exception {
        String settings = "/api/v1/libraries/" + library + "/resources/settings";
        assertEquals(403, ApiClient.as(AUTHOR).putJson(settings, "{\"downloadRequiresLogin\":true}").statusCode());
        HttpResponse<String> changed = ApiClient.as(MANAGER).putJson(settings,
                "{\"namingRule\":\"{courseName}-{kind}-{title}\",\"downloadRequiresLogin\":true}");
        try {
            assertEquals(200, changed.statusCode(), changed.body());
            String content = "/api/v1/resources/" + published + "/content";
            assertEquals(200, ApiClient.anonymous().getBytes(content).statusCode());
            assertEquals(401, ApiClient.anonymous().getBytes(content + "?download=true").statusCode());
            HttpResponse<byte[]> download = ApiClient.as(OTHER_SCHOOL).getBytes(content + "?download=true");
            assertEquals(200, download.statusCode());
            assertTrue(download.headers().firstValue("Content-Disposition").orElse("").startsWith("attachment"));
        } finally {
            TestDatabase.update("update resource_library set naming_rule = null, download_requires_login = false"
                    + " where id = ?", library);
        }
    }

    @Test
    void rating_isKeptPerPersonAndChecked() {
        HttpResponse<String> rated = ApiClient.as(AUTHOR).putJson("/api/v1/resources/" + published + "/rating",
                "{\"stars\":4}");
        HttpResponse<String> again = ApiClient.as(AUTHOR).putJson("/api/v1/resources/" + published + "/rating",
                "{\"stars\":5}");
        HttpResponse<String> bad = ApiClient.as(AUTHOR).putJson("/api/v1/resources/" + published + "/rating",
                "{\"stars\":9}");

        assertEquals(200, rated.statusCode(), rated.body());
        assertEquals("1", ApiClient.json(again.body(), "ratingCount"), again.body());
        assertEquals("5.0", ApiClient.json(again.body(), "rating"), again.body());
        assertEquals(400, bad.statusCode(), bad.body());
        assertTrue(ApiClient.json(bad.body(), "message").contains("1 到 5"), bad.body());
    }

    @Test
    void plays_countedConcurrently_areExact() throws Exception {
        long before = plays();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Integer>> calls = pool.invokeAll(Collections.nCopies(24, () -> ApiClient.anonymous()
                    .getBytes("/api/v1/resources/" + published + "/content").statusCode()));
            for (Future<Integer> call : calls) {
                assertEquals(200, call.get());
            }
        } finally {
            pool.shutdown();
        }
        assertEquals(before + 24, plays());
    }

    private static long plays() throws Exception {
        return TestDatabase.queryLong("select plays from resource_counter where resource_id = ?",
                Long.parseLong(published));
    }
}
