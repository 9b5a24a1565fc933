package org.ziyuanku.it.resource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.List;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.ziyuanku.it.support.ApiClient;
import org.ziyuanku.it.support.ReviewPeople;
import org.ziyuanku.it.support.TestResources;
import org.ziyuanku.it.support.TestReview;

/**
 * A draft that was never submitted is private: the reviewer and a teacher of the author's own unit get 404 on it and
 * on each of its URLs, as if it did not exist; its author and the library's administrator see it. Once submitted, the
 * level-1 reviewer sees it through their review task.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DraftPrivacyIT {

    private static final String SUFFIX = Long.toString(System.currentTimeMillis() % 100_000);
    private static final String COLLEAGUE = "dp-colleague-" + SUFFIX;
    private static ReviewPeople people;

    @BeforeAll
    static void people() throws Exception {
        people = ReviewPeople.create("dp" + SUFFIX);
        TestResources.contributor(COLLEAGUE);
    }

    @AfterAll
    static void forgetPeople() throws Exception {
        people.forget();
        TestResources.forget(COLLEAGUE);
    }

    private static long draft(String title) {
        HttpResponse<String> created = ApiClient.as(people.author).upload("/api/v1/libraries/" + people.library
                + "/resources", "draft.png", TestResources.sample("sample.png"), ApiClient.fields("title", title));
        assertEquals(201, created.statusCode(), created.body());
        return Long.parseLong(ApiClient.json(created.body(), "id"));
    }

    private static List<String> urlsOf(long id) {
        String resource = "/api/v1/resources/" + id;
        return List.of(resource, resource + "/content", resource + "/thumbnail", resource + "/preview",
                "/api/v1/resources/archive?id=" + id);
    }

    @Test
    void unsubmittedDraft_isNotFoundForTheUnitsReviewerAndTeachers_butSeenByItsAuthorAndAdministrator() {
        long id = draft("未提交的草稿" + SUFFIX);
        for (String stranger : List.of(people.reviewer, people.courseLead, COLLEAGUE)) {
            ApiClient client = ApiClient.as(stranger);
            for (String url : urlsOf(id)) {
                assertEquals(404, client.getBytes(url).statusCode(), stranger + " " + url);
            }
        }
        for (String owner : List.of(people.author, people.administrator)) {
            ApiClient client = ApiClient.as(owner);
            HttpResponse<String> own = client.get("/api/v1/resources/" + id);
            assertEquals(200, own.statusCode(), owner + ": " + own.body());
            assertEquals("DRAFT", ApiClient.json(own.body(), "status"));
            assertEquals(200, client.getBytes("/api/v1/resources/" + id + "/content").statusCode(), owner);
            assertEquals(200, client.getBytes("/api/v1/resources/archive?id=" + id).statusCode(), owner);
        }
    }

    @Test
    void submittedDraft_isSeenByTheLevelOneReviewerThroughTheTask() {
        TestReview.levels(people.administrator, people.library, "UNIT_REVIEWER");
        long id = draft("已提交的草稿" + SUFFIX);
        HttpResponse<String> submitted = TestReview.submit(people.author, id);
        assertEquals(200, submitted.statusCode(), submitted.body());

        long task = TestReview.taskFor(people.reviewer, id);
        assertTrue(task > 0, "the reviewer's queue holds the task");
        ApiClient reviewer = ApiClient.as(people.reviewer);
        HttpResponse<String> detail = reviewer.get("/api/v1/reviews/tasks/" + task);
        assertEquals(200, detail.statusCode(), detail.body());
        assertTrue(detail.body().contains("已提交的草稿" + SUFFIX), detail.body());
        assertEquals(200, reviewer.getBytes("/api/v1/reviews/tasks/" + task + "/content").statusCode());
    }
}
