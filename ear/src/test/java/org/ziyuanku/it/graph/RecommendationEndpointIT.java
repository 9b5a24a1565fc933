package org.ziyuanku.it.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.sql.SQLException;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.ziyuanku.it.Deployments;
import org.ziyuanku.it.support.ApiClient;
import org.ziyuanku.it.support.ApiRefusals;
import org.ziyuanku.it.support.CourseFixtures;
import org.ziyuanku.it.support.Http;
import org.ziyuanku.it.support.SessionSignIn;
import org.ziyuanku.it.support.TestAccounts;
import org.ziyuanku.it.support.TestDatabase;
import org.ziyuanku.it.support.TestKeycloak;
import org.ziyuanku.it.support.TestResources;

/**
 * "For you" (为你推荐, issue 16 item 7): a learner enrolled in a course with its first item completed and a favourite
 * resource tagged with a skill point is recommended the course's next item ("你在《…》中还没完成「条目 2」") and the
 * other resource with that point ("因为你收藏了《…》"), never the favourite itself; on the REST answer in both
 * languages and on the console home. Another learner sees none of it; anonymous is 401; a bad size is 400.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RecommendationEndpointIT {

    private static final String SUFFIX = "-fy" + System.currentTimeMillis() % 100_000;
    private static final String ADMIN = "foryou-admin" + SUFFIX;
    private static final String TEACHER = "foryou-teacher" + SUFFIX;
    private static final String LEARNER = "foryou-learner" + SUFFIX;
    private static final String OTHER = "foryou-other" + SUFFIX;
    private static final String SKILL = "横焊技能" + SUFFIX;
    private static final String FAVOURITE = "收藏的横焊" + SUFFIX;
    private static final String SIBLING = "横焊要领" + SUFFIX;
    private static long favourite;
    private static long sibling;
    private static long course;
    private static long offering;
    private static long secondItem;

    @BeforeAll
    static void aLearnerWithACourseAndAFavourite() throws Exception {
        TestKeycloak.ensureRunning();
        long library = TestResources.contributor(TEACHER);
        TestResources.libraryAdministrator(ADMIN, library);
        favourite = GraphWorld.publishedResource(TEACHER, library, FAVOURITE);
        sibling = GraphWorld.publishedResource(TEACHER, library, SIBLING);
        long skill = GraphWorld.node(ADMIN, library, "SKILL", SKILL);
        GraphWorld.tag(ADMIN, library, skill, "resource", favourite);
        GraphWorld.tag(ADMIN, library, skill, "resource", sibling);
        long school = TestAccounts.organisation(TestResources.DEMO_SCHOOL);
        TestKeycloak.createUser(LEARNER, "learner");
        long learner = TestAccounts.account(LEARNER, school);
        TestKeycloak.createUser(OTHER, "learner");
        TestAccounts.account(OTHER, school);
        long teacher = TestDatabase.queryLong("select id from user_account where username = ?", TEACHER);
        course = CourseFixtures.publishedCourse(library, teacher, "FY" + SUFFIX.hashCode(), favourite, sibling);
        offering = CourseFixtures.publishedOffering(course, teacher, "2026-2027-1");
        long enrolment = CourseFixtures.enrol(offering, CourseFixtures.courseClass(offering, "班" + SUFFIX, teacher),
                learner);
        long firstItem = CourseFixtures.offeringItems(offering).get(0);
        secondItem = CourseFixtures.offeringItems(offering).get(1);
        TestDatabase.update("insert into item_progress (enrolment_id, offering_node_id, part_id, covered, covered_s,"
                + " required_s, time_spent_ms, status, completed_at, updated_at) values (?, ?, 0, '', 60, 60, 60000,"
                + " 'COMPLETED', localtimestamp, localtimestamp)", enrolment, firstItem);
        HttpResponse<String> saved = ApiClient.as(LEARNER).postJson("/api/v1/favourites",
                "{\"resourceId\":" + favourite + "}");
        assertEquals(201, saved.statusCode(), saved.body());
    }

    @AfterAll
    static void deleteWhatWasCreated() throws SQLException {
        TestDatabase.update("delete from enrolment where offering_id = ?", offering);
        TestDatabase.update("delete from course_class where offering_id = ?", offering);
        TestDatabase.update("delete from offering_node where offering_id = ?", offering);
        TestDatabase.update("delete from course_offering where id = ?", offering);
        TestDatabase.update("delete from course_node where course_id = ?", course);
        TestDatabase.update("delete from standard_course where id = ?", course);
        GraphWorld.forgetNodes(SUFFIX);
        TestResources.forget(LEARNER, OTHER, TEACHER, ADMIN);
    }

    @Test
    void nextItemAndResourceSharingAPointWithAFavourite_eachWithItsReason() {
        HttpResponse<String> mine = ApiClient.as(LEARNER).inLanguage("zh-CN").get("/api/v1/me/recommendations");
        assertEquals(200, mine.statusCode(), mine.body());
        String body = mine.body();
        assertTrue(body.contains("\"nodeId\":" + secondItem), body);
        assertTrue(body.contains("\"reason\":\"UNFINISHED_ITEM\""), body);
        assertTrue(body.contains("你在《开课 2026-2027-1》中还没完成「条目 2」"), body);
        assertTrue(body.contains("\"resourceId\":" + sibling), body);
        assertTrue(body.contains("因为你收藏了《" + FAVOURITE + "》（共同知识点：" + SKILL + "）"), body);
        assertFalse(body.contains("\"resourceId\":" + favourite + ","), "never the favourite itself: " + body);
        assertTrue(body.indexOf("UNFINISHED_ITEM") < body.indexOf("SHARES_POINTS"), "the course first: " + body);

        String english = ApiClient.as(LEARNER).inLanguage("en").get("/api/v1/me/recommendations").body();
        assertTrue(english.contains("Because you saved " + FAVOURITE + " (shared points: " + SKILL + ")"), english);
        assertEquals(1, ApiClient.as(LEARNER).get("/api/v1/me/recommendations?size=1").body().split("\"kind\"")
                .length - 1);
    }

    @Test
    void consoleHome_showsForYou_withTheReasons() {
        HttpResponse<String> page = Http.get(Deployments.BASE_URL + "/console/index.xhtml",
                SessionSignIn.cookies(LEARNER), "zh-CN");
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("id=\"recommendations\""), page.body());
        assertTrue(page.body().contains("为你推荐"), page.body());
        assertTrue(page.body().contains("/portal/resource/view.xhtml?id=" + sibling), page.body());
        assertTrue(page.body().contains("因为你收藏了《" + FAVOURITE + "》"), page.body());
    }

    @Test
    void anotherLearnerSeesNothingOfIt_anonymousIs401_aBadSizeIs400() {
        String other = ApiClient.as(OTHER).get("/api/v1/me/recommendations").body();
        assertEquals("[]", other);
        assertEquals(401, ApiClient.anonymous().get("/api/v1/me/recommendations").statusCode());
        ApiRefusals.assertBadRequest(ApiClient.as(LEARNER).get("/api/v1/me/recommendations?size=0"));
        ApiRefusals.assertBadRequest(ApiClient.as(LEARNER).get("/api/v1/me/recommendations?size=zehn"));
    }
}
