package org.ziyuanku.it.teaching;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.ziyuanku.it.support.ApiClient;
import org.ziyuanku.it.support.CourseFixtures;
import org.ziyuanku.it.support.TestDatabase;
import org.ziyuanku.it.support.TestKeycloak;
import org.ziyuanku.it.support.TestResources;

/**
 * Re-offering next term (再次开课, issue 13 item 3): the new offering copies the previous one's outline with its local
 * changes (an edited title, a hidden item, a trial item, a locally added module and item) and its classes' names,
 * but no learners, and then takes over what the standard course changed meanwhile. Another teacher of the same
 * school cannot re-offer someone else's offering (404); a malformed offer answers 400 with a message.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ReofferingIT {

    private static final String SUFFIX = Long.toString(System.currentTimeMillis() % 100_000);
    private static final String TEACHER = "reoffer-teacher-" + SUFFIX;
    private static final String OTHER = "reoffer-other-" + SUFFIX;
    private static final String LEARNER = "reoffer-learner-" + SUFFIX;
    private static long course;
    private static long[] resources;

    @BeforeAll
    static void aCourse() throws Exception {
        TestKeycloak.ensureRunning();
        long school = TeachingWorld.schoolA();
        long teacher = TeachingWorld.person(TEACHER, "teacher", school);
        TeachingWorld.person(OTHER, "teacher", school);
        TeachingWorld.person(LEARNER, "learner", school);
        long library = TestResources.weldingLibraryWith(school);
        resources = TeachingWorld.publishedResources(TEACHER, library, "reoffer" + SUFFIX, 3);
        course = TeachingWorld.course(library, teacher, "REOFFER" + SUFFIX, resources[0], resources[1]);
    }

    @AfterAll
    static void deleteWhatWasCreated() throws Exception {
        TeachingWorld.forgetCourse(course);
        TeachingWorld.forget(TEACHER, OTHER, LEARNER);
    }

    @Test
    void reoffering_keepsLocalChangesAndClasses_withoutLearners_thenTakesTheStandardChanges() throws Exception {
        long first = TeachingWorld.offer(TEACHER, course, "焊接 第一学期 " + SUFFIX, "CODE", false);
        String base = "/api/v1/offerings/" + first + "/outline/nodes";
        assertEquals(200, TeachingWorld.patch(TEACHER, base + "/" + TeachingWorld.node(first, "条目 1"),
                "{\"title\":\"本校改编的条目一\",\"trial\":true}").statusCode());
        assertEquals(200, TeachingWorld.patch(TEACHER, base + "/" + TeachingWorld.node(first, "条目 2"),
                "{\"hidden\":true}").statusCode());
        HttpResponse<String> module = ApiClient.as(TEACHER).postJson(base, "{\"title\":\"本校拓展模块\"}");
        assertEquals(201, module.statusCode(), module.body());
        HttpResponse<String> topic = ApiClient.as(TEACHER).postJson(base, "{\"parentId\":"
                + ApiClient.json(module.body(), "id") + ",\"title\":\"拓展主题\"}");
        assertEquals(201, topic.statusCode(), topic.body());
        HttpResponse<String> item = ApiClient.as(TEACHER).postJson(base, "{\"parentId\":"
                + ApiClient.json(topic.body(), "id") + ",\"title\":\"企业案例\",\"resourceId\":" + resources[2] + "}");
        assertEquals(201, item.statusCode(), item.body());
        long firstClass = TeachingWorld.createClass(TEACHER, first, "焊接一班");
        CourseFixtures.enrol(first, firstClass, TestDatabase.queryLong("select id from user_account where username"
                + " = ?", LEARNER));
        TeachingWorld.standardRetitles(course, "条目 2", "条目 2（修订）");
        TeachingWorld.nextCourseVersion(course);

        HttpResponse<String> created = ApiClient.as(TEACHER).postJson("/api/v1/offerings", "{\"fromOfferingId\":"
                + first + ",\"term\":\"2027-2028-1\",\"startsOn\":\"2027-09-01\",\"endsOn\":\"2028-01-20\","
                + "\"title\":\"焊接 第二学期 " + SUFFIX + "\",\"enrolmentMode\":\"CODE\"}");
        assertEquals(201, created.statusCode(), created.body());
        long second = Long.parseLong(ApiClient.json(created.body(), "id"));
        assertEquals(String.valueOf(first), ApiClient.json(created.body(), "previousOfferingId"));

        String outline = ApiClient.as(TEACHER).get("/api/v1/offerings/" + second + "/outline").body();
        assertTrue(outline.contains("本校改编的条目一") && outline.contains("本校拓展模块")
                && outline.contains("企业案例"), "local changes and additions came along: " + outline);
        long hidden = TeachingWorld.node(second, "条目 2（修订）");
        assertEquals("true", TestDatabase.queryString("select hidden::text from offering_node where id = ?", hidden),
                "the hidden item stays hidden and took the standard change (it was not changed locally)");
        assertEquals("true", TestDatabase.queryString("select trial::text from offering_node where id = ?",
                TeachingWorld.node(second, "本校改编的条目一")));
        assertEquals("焊接一班", TestDatabase.queryString("select string_agg(name, ',') from course_class where"
                + " offering_id = ?", second));
        assertEquals(0, TestDatabase.queryLong("select count(*) from enrolment where offering_id = ?", second),
                "no learners are copied");
    }

    @Test
    void anotherTeacher_cannotReofferIt_andMalformedOffersAre400() throws Exception {
        long first = TeachingWorld.offer(TEACHER, course, "焊接 别人的 " + SUFFIX, "CODE", false);
        HttpResponse<String> foreign = ApiClient.as(OTHER).postJson("/api/v1/offerings", "{\"fromOfferingId\":"
                + first + ",\"term\":\"2027-2028-1\",\"startsOn\":\"2027-09-01\",\"endsOn\":\"2028-01-20\","
                + "\"title\":\"抄来的\",\"enrolmentMode\":\"CODE\"}");
        assertEquals(404, foreign.statusCode(), foreign.body());
        HttpResponse<String> badTerm = ApiClient.as(TEACHER).inLanguage("en").postJson("/api/v1/offerings",
                TeachingWorld.offerBody(course, "x", "CODE", false).replace("2026-2027-1", "spring"));
        assertEquals(400, badTerm.statusCode(), badTerm.body());
        assertTrue(badTerm.body().contains("2026-2027-1"), badTerm.body());
        HttpResponse<String> badMode = ApiClient.as(TEACHER).postJson("/api/v1/offerings",
                TeachingWorld.offerBody(course, "x", "FREE", false));
        assertEquals(400, badMode.statusCode(), badMode.body());
        assertTrue(badMode.body().contains("OPEN、CODE 或 ROSTER"), badMode.body());
        HttpResponse<String> learner = ApiClient.as(LEARNER).postJson("/api/v1/offerings",
                TeachingWorld.offerBody(course, "学生开课", "CODE", false));
        assertEquals(403, learner.statusCode(), "learners do not offer courses: " + learner.body());
    }
}
