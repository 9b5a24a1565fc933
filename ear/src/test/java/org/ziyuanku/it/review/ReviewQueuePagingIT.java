package org.ziyuanku.it.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.ziyuanku.it.Deployments;
import org.ziyuanku.it.pages.ReviewQueueHtml;
import org.ziyuanku.it.support.ApiClient;
import org.ziyuanku.it.support.Http;
import org.ziyuanku.it.support.ReviewPeople;
import org.ziyuanku.it.support.SessionSignIn;
import org.ziyuanku.it.support.TestAccounts;
import org.ziyuanku.it.support.TestDatabase;
import org.ziyuanku.it.support.TestKeycloak;
import org.ziyuanku.it.support.TestResources;
import org.ziyuanku.it.support.TestReview;

/**
 * The review queue is paged in the database: with 21 tasks of one course a reviewer's first page holds 20 (the default
 * page size), the second the one left, both say 共 21 项, and the links between them keep the filters; the order is the
 * order the items were sent in. A page beyond the end shows the last, a malformed page or size is the 404 page, a size
 * above 100 is 100. A batch approval on the second page decides the selection and shows the second page of the same
 * filter again. A reviewer of another school sees none of these tasks, on the page or through the API, which pages the
 * same way ({@code page}, {@code size}; malformed 400; documented in /openapi).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ReviewQueuePagingIT {

    private static final String SUFFIX = Long.toString(System.currentTimeMillis() % 100_000);
    private static final String COURSE = "分页课程" + SUFFIX;
    private static final String BATCH_COURSE = "批量分页" + SUFFIX;
    private static final String QUEUE = "/console/review/queue.xhtml";
    private static ReviewPeople people;
    private static List<Long> paged;
    private static List<Long> batch;

    @BeforeAll
    static void twoCoursesOfTasks() throws Exception {
        people = ReviewPeople.create("paging" + SUFFIX);
        TestReview.levels(people.administrator, people.library, "UNIT_REVIEWER");
        paged = submitted(COURSE, 21);
        batch = submitted(BATCH_COURSE, 22);
    }

    @AfterAll
    static void forgetPeople() throws Exception {
        people.forget();
    }

    @Test
    void firstPageHoldsTwenty_secondTheRest_inTheOrderSent_withTotalAndFiltersKept() {
        String cookies = SessionSignIn.cookies(people.reviewer);
        String first = page(QUEUE + "?kind=IMAGE&course=" + Http.encode(COURSE), cookies);
        assertEquals(paged.subList(0, 20), ReviewQueueHtml.subjects(first), "page 1: the 20 sent first, in order");
        assertEquals("21", ReviewQueueHtml.summary(first, "data-total"));
        assertEquals("0", ReviewQueueHtml.summary(first, "data-page"));
        assertEquals("20", ReviewQueueHtml.summary(first, "data-size"));
        assertTrue(first.contains("共 21 项，第 1 / 2 页"), "the total in words");
        assertNull(ReviewQueueHtml.link(first, "previousPage"), "no page before the first");

        String next = ReviewQueueHtml.link(first, "nextPage");
        assertTrue(next != null && next.contains("page=1") && next.contains("kind=IMAGE")
                && next.contains("course=" + Http.encode(COURSE)), "the next link keeps the filters: " + next);
        String second = page(next, cookies);
        assertEquals(paged.subList(20, 21), ReviewQueueHtml.subjects(second), "page 2: the one left");
        assertEquals("21", ReviewQueueHtml.summary(second, "data-total"));
        assertTrue(second.contains("共 21 项，第 2 / 2 页"));
        assertNull(ReviewQueueHtml.link(second, "nextPage"), "no page after the last");
        String previous = ReviewQueueHtml.link(second, "previousPage");
        assertTrue(previous != null && previous.contains("page=0") && previous.contains("course="), previous);
        assertEquals(paged.subList(0, 20), ReviewQueueHtml.subjects(page(previous, cookies)), "back to page 1");
    }

    @Test
    void pageBeyondTheEnd_isTheLast_malformedPageOrSize_isNotFound_andAHugeSize_isAHundred() {
        String cookies = SessionSignIn.cookies(people.reviewer);
        String filter = QUEUE + "?course=" + Http.encode(COURSE);
        String beyond = page(filter + "&page=99", cookies);
        assertEquals("1", ReviewQueueHtml.summary(beyond, "data-page"), "page 99 of 2 shows the last");
        assertEquals(paged.subList(20, 21), ReviewQueueHtml.subjects(beyond));
        assertEquals(paged.subList(0, 20), ReviewQueueHtml.subjects(page(filter + "&page=-3", cookies)),
                "a negative page is the first");
        for (String bad : new String[] {"&page=abc", "&size=abc", "&page=1e3", "&page=99999999999"}) {
            HttpResponse<String> refused = Http.get(Deployments.BASE_URL + filter + bad, cookies, "zh-CN");
            assertEquals(404, refused.statusCode(), bad);
            assertTrue(refused.body().contains("页面不存在"), bad + " shows the not-found page");
        }
        String huge = page(filter + "&size=100000", cookies);
        assertEquals("100", ReviewQueueHtml.summary(huge, "data-size"), "size=100000 is 100");
        assertEquals(paged, ReviewQueueHtml.subjects(huge), "all 21 on one page");
        assertNull(ReviewQueueHtml.link(huge, "nextPage"));
        assertEquals("50", ReviewQueueHtml.summary(page(filter + "&size=30", cookies), "data-size"), "30 → 50");
    }

    @Test
    void batchApprovalOnTheSecondPage_decidesTheSelection_andShowsThatPageOfTheFilterAgain() throws Exception {
        String cookies = SessionSignIn.cookies(people.reviewer);
        String second = page(QUEUE + "?course=" + Http.encode(BATCH_COURSE) + "&page=1", cookies);
        assertEquals(batch.subList(20, 22), ReviewQueueHtml.subjects(second));
        String action = ReviewQueueHtml.formAction(second);
        assertTrue(action.contains("page=1") && action.contains("course="), "the form posts to its page: " + action);

        long chosen = ReviewQueueHtml.taskOf(second, batch.get(21));
        HttpResponse<String> decided = ReviewQueueHtml.post(action, cookies, second, "queueForm:approve", "",
                "queueForm:queue_selection", Long.toString(chosen), "queueForm:comment", "分页批量通过");
        assertEquals(200, decided.statusCode(), decided.body());
        assertTrue(decided.body().contains("已通过 1 项"), "the message of the batch");
        assertEquals("APPROVED", taskStatus(chosen));
        assertEquals("OPEN", taskStatus(TestReview.taskFor(people.reviewer, batch.get(20))), "not selected");
        assertEquals("OPEN", taskStatus(TestReview.taskFor(people.reviewer, batch.get(0))), "on another page");
        assertEquals("1", ReviewQueueHtml.summary(decided.body(), "data-page"), "still the second page");
        assertEquals("21", ReviewQueueHtml.summary(decided.body(), "data-total"));
        assertEquals(batch.subList(20, 21), ReviewQueueHtml.subjects(decided.body()), "of the same filter");
        assertTrue(ReviewQueueHtml.formAction(decided.body()).contains("course="), "the filter stays in the form URL");
    }

    @Test
    void anotherSchoolsReviewer_seesNoneOfTheseTasks_onAnyPage_norThroughTheApi() {
        String cookies = SessionSignIn.cookies(people.outsider);
        for (String page : new String[] {"0", "1", "99"}) {
            String body = page(QUEUE + "?course=" + Http.encode(COURSE) + "&page=" + page, cookies);
            assertEquals("0", ReviewQueueHtml.summary(body, "data-total"), "page " + page);
            assertEquals(List.of(), ReviewQueueHtml.subjects(body));
            assertTrue(body.contains("id=\"queueForm:queueEmpty\""), "the empty state");
            HttpResponse<String> api = ApiClient.as(people.outsider).get("/api/v1/reviews/tasks?course="
                    + Http.encode(COURSE) + "&size=20&page=" + page);
            assertEquals(200, api.statusCode(), api.body());
            assertEquals("[]", api.body().strip());
        }
        Set<Long> mine = new HashSet<>(paged);
        mine.addAll(batch);
        for (int page = 0; page < 50; page++) {
            String tasks = ApiClient.as(people.outsider).get("/api/v1/reviews/tasks?size=200&page=" + page).body();
            assertTrue(subjectsInJson(tasks).stream().noneMatch(mine::contains), "page " + page);
            if ("[]".equals(tasks.strip())) {
                break;
            }
        }
    }

    @Test
    void aTeacherOrLearnerOfTheSameSchool_isRefusedTheQueue_onThePageAndThroughTheApi_andAudited() throws Exception {
        String learner = "rv-learner-" + SUFFIX;
        TestKeycloak.createUser(learner, "learner");
        TestAccounts.account(learner, TestAccounts.organisation(TestResources.DEMO_SCHOOL));
        try {
            for (String user : List.of(people.author, learner)) {
                HttpResponse<String> page = Http.get(Deployments.BASE_URL + QUEUE, SessionSignIn.cookies(user),
                        "zh-CN");
                assertEquals(403, page.statusCode(), user);
                assertFalse(page.body().contains("queueForm"), "no queue nor its buttons for " + user);
                HttpResponse<String> api = ApiClient.as(user).get("/api/v1/reviews/tasks");
                assertEquals(403, api.statusCode(), api.body());
                assertTrue(TestDatabase.queryLong("select count(*) from audit_record where action = 'REVIEW_QUEUE'"
                        + " and outcome = 'DENIED' and actor = ?", user) >= 2, "both refusals of " + user
                        + " are audited");
            }
        } finally {
            TestResources.forget(learner);
        }
    }

    @Test
    void theApi_pagesTheQueueInTheSameOrder_andRefusesMalformedPaging() {
        ApiClient reviewer = ApiClient.as(people.reviewer);
        String filter = "/api/v1/reviews/tasks?course=" + Http.encode(COURSE);
        assertEquals(paged, subjectsInJson(reviewer.get(filter).body()), "unpaged callers get up to 200 as before");
        assertEquals(paged.subList(0, 20), subjectsInJson(reviewer.get(filter + "&size=20").body()));
        assertEquals(paged.subList(20, 21), subjectsInJson(reviewer.get(filter + "&size=20&page=1").body()));
        assertEquals("[]", reviewer.get(filter + "&size=20&page=2").body().strip(), "beyond the end: empty");
        for (String bad : new String[] {"&page=abc", "&page=-1", "&size=0", "&size=201", "&size=x"}) {
            HttpResponse<String> refused = reviewer.get(filter + bad);
            assertEquals(400, refused.statusCode(), bad + ": " + refused.body());
            assertTrue(refused.body().contains(bad.substring(1, bad.indexOf('='))), "names the parameter");
        }
        String openApi = Http.get(Deployments.BASE_URL + "/openapi?format=JSON").body();
        String tasks = openApi.substring(Math.max(0, openApi.indexOf("\"/api/v1/reviews/tasks\"")));
        int nextPath = tasks.indexOf("\"/api/v1/", 10);
        tasks = nextPath < 0 ? tasks : tasks.substring(0, nextPath);
        assertTrue(tasks.contains("\"page\"") && tasks.contains("\"size\""), "documented: " + tasks);
    }

    private static List<Long> submitted(String course, int count) {
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            HttpResponse<String> created = ApiClient.as(people.author).upload("/api/v1/libraries/" + people.library
                    + "/resources", "image.png", TestResources.sample("sample.png"),
                    ApiClient.fields("title", course + " 第" + i + "项", "courseName", course));
            assertEquals(201, created.statusCode(), created.body());
            long id = Long.parseLong(ApiClient.json(created.body(), "id"));
            assertEquals(200, TestReview.submit(people.author, id).statusCode());
            ids.add(id);
        }
        return List.copyOf(ids);
    }

    private static String page(String path, String cookies) {
        HttpResponse<String> page = Http.get(Deployments.BASE_URL + path, cookies, "zh-CN");
        assertEquals(200, page.statusCode(), path);
        return page.body();
    }

    private static List<Long> subjectsInJson(String json) {
        return Pattern.compile("\"subjectId\":(\\d+)").matcher(json).results()
                .map(m -> Long.parseLong(m.group(1))).toList();
    }

    private static String taskStatus(long task) throws Exception {
        return TestDatabase.queryString("select status from review_task where id = ?", task);
    }
}
