package org.ziyuanku.it.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
import org.ziyuanku.it.support.CourseFixtures;
import org.ziyuanku.it.support.Http;
import org.ziyuanku.it.support.TestDatabase;
import org.ziyuanku.it.support.TestKeycloak;
import org.ziyuanku.it.support.TestResources;

/**
 * The platform home page for anonymous visitors (issue 16 item 2): search for resources and for libraries, the hottest
 * resources across libraries (with their library), the courses on offer (with their library), and the major
 * categories; a second request is answered from the page cache with the same content.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PortalHomeIT {

    private static final String SUFFIX = "-ph" + System.currentTimeMillis() % 100_000;
    private static final String TEACHER = "home-teacher" + SUFFIX;
    private static final String HOT = "首页热门资源" + SUFFIX;
    private static final String OFFER = "首页开课" + SUFFIX;
    private static long resource;
    private static long course;
    private static long offering;
    private static String libraryName;

    @BeforeAll
    static void aHotResourceAndACourseOnOffer() throws Exception {
        TestKeycloak.ensureRunning();
        long library = TestResources.contributor(TEACHER);
        libraryName = TestDatabase.queryString("select name from resource_library where id = ?", library);
        HttpResponse<String> created = ApiClient.as(TEACHER).upload("/api/v1/libraries/" + library + "/resources",
                "home-" + SUFFIX + ".png", TestResources.sample("sample.png"), ApiClient.fields("title", HOT));
        assertEquals(201, created.statusCode(), created.body());
        resource = Long.parseLong(ApiClient.json(created.body(), "id"));
        TestDatabase.update("update teaching_resource set status = 'PUBLISHED', published_at = now() where id = ?",
                resource);
        TestDatabase.update("insert into resource_daily_activity (resource_id, activity_day, views) values"
                + " (?, current_date, 100000000)", resource);
        long teacher = TestDatabase.queryLong("select id from user_account where username = ?", TEACHER);
        course = CourseFixtures.publishedCourse(library, teacher, "PH" + SUFFIX.hashCode(), resource);
        offering = CourseFixtures.publishedOffering(course, teacher, "2035-2036-1");
        TestDatabase.update("update course_offering set title = ?, starts_on = current_date + 3000, ends_on ="
                + " current_date + 3100 where id = ?", OFFER, offering);
    }

    @AfterAll
    static void deleteWhatWasCreated() throws SQLException {
        TestDatabase.update("delete from offering_node where offering_id = ?", offering);
        TestDatabase.update("delete from course_offering where id = ?", offering);
        TestDatabase.update("delete from course_node where course_id = ?", course);
        TestDatabase.update("delete from standard_course where id = ?", course);
        TestResources.forget(TEACHER);
    }

    @Test
    void anonymousHome_leadsWithSearch_thenHotResourcesCoursesOnOfferAndCategories() {
        String path = Deployments.BASE_URL + "/index.xhtml?it=" + SUFFIX;
        HttpResponse<String> home = Http.get(path, null, "zh-CN");
        assertEquals(200, home.statusCode());
        String body = home.body();
        assertTrue(body.contains("id=\"homeSearch\""), "the library search");
        assertTrue(body.contains("id=\"homeResourceSearch\"") && body.contains("/portal/resource/search.xhtml"),
                "the resource search");
        assertTrue(body.indexOf("homeResourceSearch") < body.indexOf("id=\"homeHotList\""), "search comes first");
        String hot = body.substring(body.indexOf("id=\"homeHotList\""), body.indexOf("id=\"homeOffers\""));
        assertTrue(hot.contains(HOT) && hot.contains("view.xhtml?id=" + resource), hot);
        assertTrue(hot.contains(libraryName), hot);
        String offers = body.substring(body.indexOf("id=\"homeOfferList\""));
        assertTrue(offers.contains(OFFER) && offers.contains("offering.xhtml?id=" + offering), offers);
        assertTrue(offers.contains(libraryName + " · 2035-2036-1"), offers);
        assertTrue(body.contains("按专业大类浏览"), "the categories");

        HttpResponse<String> again = Http.get(path, null, "zh-CN");
        assertEquals(200, again.statusCode());
        assertTrue(again.body().contains(OFFER) && again.body().contains(HOT), "the cached page holds the same");
    }
}
