package org.ziyuanku.it.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.ziyuanku.it.support.ApiClient;
import org.ziyuanku.it.support.ReviewPeople;
import org.ziyuanku.it.support.TestResources;
import org.ziyuanku.it.support.TestReview;
import org.ziyuanku.it.support.WildFlyNode;

/**
 * Cache correctness on two nodes (issue 17): node 2 has the anonymous search (REST and page) cached; a resource is
 * published, edited (a new version through review) and taken down through node 1, and each change is on node 2's
 * anonymous answers at once, without waiting for the cached copies to age. Offsets 600 and 700, JGroups 8200/8300.
 */
class PageCacheTwoNodeIT {

    private static final String SUFFIX = Long.toString(System.currentTimeMillis() % 100_000);
    private static final String TOKEN = "zykcache" + SUFFIX;
    private static final int[] JGROUPS = {8200, 8300};
    private static ReviewPeople people;

    @BeforeAll
    static void people() throws Exception {
        people = ReviewPeople.create("pc" + SUFFIX);
    }

    @AfterAll
    static void forget() throws Exception {
        people.forget();
    }

    @Test
    void publishEditAndTakeDownThroughNodeOne_areSeenAtOnceOnNodeTwosCachedAnonymousPages() throws Exception {
        int dbPort = Integer.getInteger("zyk.test.db.port", 55433);
        String dbName = System.getProperty("zyk.test.db.name", "ziyuanku_test");
        try (WildFlyNode node1 = new WildFlyNode("cache1", 600, JGROUPS, dbPort, dbName).start();
                WildFlyNode node2 = new WildFlyNode("cache2", 700, JGROUPS, dbPort, dbName).start()) {
            String one = node1.baseUrl();
            String two = node2.baseUrl();
            ApiClient author = ApiClient.as(people.author).at(one);
            ApiClient admin = ApiClient.as(people.administrator).at(one);
            TestReview.levels(people.administrator, people.library, "LIBRARY_ADMIN");
            HttpResponse<String> created = author.upload("/api/v1/libraries/" + people.library + "/resources",
                    "image.png", TestResources.sample("sample.png"),
                    ApiClient.fields("title", "缓存旧标题 " + TOKEN, "courseName", "焊接工艺"));
            assertEquals(201, created.statusCode(), created.body());
            long id = Long.parseLong(ApiClient.json(created.body(), "id"));

            assertShown(two, null);
            assertShown(two, null);
            approve(author, admin, id);
            assertShown(two, "缓存旧标题");

            HttpResponse<String> edited = author.putJson("/api/v1/resources/" + id + "/description",
                    "{\"title\":\"缓存新标题 " + TOKEN + "\"}");
            assertEquals(200, edited.statusCode(), edited.body());
            approve(author, admin, id);
            assertShown(two, "缓存新标题");

            assertEquals(204, admin.postJson("/api/v1/resources/" + id + "/take-down", "{\"reason\":\"缓存测试\"}")
                    .statusCode());
            assertShown(two, null);
        }
    }

    private static void approve(ApiClient author, ApiClient admin, long id) {
        HttpResponse<String> submitted = author.post("/api/v1/resources/" + id + "/submission");
        assertEquals(200, submitted.statusCode(), submitted.body());
        HttpResponse<String> queue = admin.get("/api/v1/reviews/tasks");
        java.util.regex.Matcher task = java.util.regex.Pattern.compile("\\{[^{}]*\\}").matcher(queue.body());
        java.util.regex.Pattern subject = java.util.regex.Pattern.compile("\"subjectId\":" + id + "[,}]");
        long taskId = -1;
        while (taskId < 0 && task.find()) {
            if (subject.matcher(task.group()).find()) {
                taskId = Long.parseLong(ApiClient.json(task.group(), "taskId"));
            }
        }
        assertTrue(taskId > 0, queue.body());
        HttpResponse<String> decided = admin.postJson("/api/v1/reviews/tasks/" + taskId + "/decision",
                "{\"decision\":\"APPROVE\",\"comment\":\"ok\",\"fieldReasons\":{}}");
        assertEquals(200, decided.statusCode(), decided.body());
    }

    /** Node 2's anonymous REST search and search page show the resource with {@code title}, or nothing when null. */
    private static void assertShown(String node, String title) {
        HttpResponse<String> rest = HttpCachingIT.getAt(node, "/api/v1/resources?q=" + TOKEN, "Accept", "application/json");
        HttpResponse<String> page = HttpCachingIT.getAt(node, "/portal/resource/search.xhtml?q=" + TOKEN, "Accept",
                "text/html");
        assertEquals(200, rest.statusCode(), rest.body());
        assertEquals(200, page.statusCode());
        assertTrue(rest.headers().firstValue("ETag").isPresent(), "answered through the cache");
        if (title == null) {
            assertTrue(rest.body().contains("\"total\":0"), rest.body());
            assertFalse(page.body().contains("缓存旧标题") || page.body().contains("缓存新标题"), "not on the search page");
        } else {
            assertTrue(rest.body().contains(title), rest.body());
            assertTrue(page.body().contains(title), "the search page shows " + title);
            assertEquals(title.equals("缓存新标题"), !rest.body().contains("缓存旧标题"), rest.body());
        }
    }
}
