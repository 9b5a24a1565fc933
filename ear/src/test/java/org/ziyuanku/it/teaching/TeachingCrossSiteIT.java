package org.ziyuanku.it.teaching;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.ziyuanku.it.Deployments;
import org.ziyuanku.it.pages.ConsoleHomePage;
import org.ziyuanku.it.support.ApiClient;
import org.ziyuanku.it.support.BrowserTest;
import org.ziyuanku.it.support.CourseFixtures;
import org.ziyuanku.it.support.RosterWorkbook;
import org.ziyuanku.it.support.TestDatabase;
import org.ziyuanku.it.support.TestKeycloak;
import org.ziyuanku.it.support.TestResources;

/**
 * Cross-site request forgery against the teaching API: a teacher signs in through Keycloak in Chromium; their session
 * cookie replayed from another site (Origin http://evil.example) to offer a course, change the outline, decide an
 * incoming change, create a class, add staff, import a roster, join a class and leave an offering is refused with
 * 403 before anything runs, and nothing changes; so are the group-work and self-test changes.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class TeachingCrossSiteIT extends BrowserTest {

    private static final String EVIL = "http://evil.example";
    private static final String SUFFIX = Long.toString(System.currentTimeMillis() % 100_000);
    private static final String TEACHER = "xsite-teacher-" + SUFFIX;
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER).build();
    private static long course;
    private static long offering;
    private static long courseClass;

    @BeforeAll
    static void anOfferingWithAClass() throws Exception {
        TestKeycloak.ensureRunning();
        long school = TeachingWorld.schoolA();
        long teacher = TeachingWorld.person(TEACHER, "teacher", school);
        long library = TestResources.weldingLibraryWith(school);
        course = TeachingWorld.course(library, teacher, "XSITE" + SUFFIX,
                TeachingWorld.publishedResources(TEACHER, library, "xsite" + SUFFIX, 1));
        offering = TeachingWorld.offer(TEACHER, course, "焊接跨站 " + SUFFIX, "OPEN", false);
        courseClass = TeachingWorld.createClass(TEACHER, offering, "一班");
        TeachingWorld.publish(TEACHER, offering);
        CourseFixtures.enrol(offering, courseClass, teacher);
    }

    @AfterAll
    static void deleteWhatWasCreated() throws Exception {
        TeachingWorld.forgetCourse(course);
        TeachingWorld.forget(TEACHER);
    }

    @Test
    void crossSiteTeachingRequests_withTheVictimsCookie_areRefused_andChangeNothing() throws Exception {
        signInAfresh(TEACHER);
        ConsoleHomePage.await(driver, Deployments.BASE_URL);
        String cookie = driver.manage().getCookies().stream().map(c -> c.getName() + "=" + c.getValue())
                .collect(Collectors.joining("; "));
        long offerings = count("select count(*) from course_offering where course_id = ?", course);
        long item = TeachingWorld.node(offering, "条目 1");
        String json = "application/json";

        refused(send(cookie, "POST", "/api/v1/offerings", json,
                TeachingWorld.offerBody(course, "跨站开课", "OPEN", true).getBytes(StandardCharsets.UTF_8)));
        refused(send(cookie, "PATCH", "/api/v1/offerings/" + offering + "/outline/nodes/" + item, json,
                bytes("{\"title\":\"被篡改\"}")));
        refused(send(cookie, "POST", "/api/v1/offerings/" + offering + "/outline/nodes", json,
                bytes("{\"title\":\"跨站模块\"}")));
        refused(send(cookie, "POST", "/api/v1/offerings/" + offering + "/incoming-changes/1/decision", json,
                bytes("{\"decision\":\"ACCEPT\"}")));
        refused(send(cookie, "POST", "/api/v1/offerings/" + offering + "/classes", json, bytes("{\"name\":\"跨站班\"}")));
        refused(send(cookie, "POST", "/api/v1/offerings/" + offering + "/close", null, null));
        refused(send(cookie, "POST", "/api/v1/classes/" + courseClass + "/staff", json,
                bytes("{\"username\":\"evil\",\"role\":\"TEACHER\"}")));
        refused(send(cookie, "POST", "/api/v1/classes/" + courseClass + "/code", null, null));
        refused(send(cookie, "POST", "/api/v1/classes/" + courseClass + "/roster", "application/octet-stream",
                java.nio.file.Files.readAllBytes(RosterWorkbook.write(new Object[] {"学号", "姓名"}))));
        refused(send(cookie, "POST", "/api/v1/classes/join", json, bytes("{\"code\":\""
                + CourseFixtures.classCode(courseClass) + "\"}")));
        refused(send(cookie, "DELETE", "/api/v1/offerings/" + offering + "/enrolment", null, null));

        assertEquals(offerings, count("select count(*) from course_offering where course_id = ?", course));
        assertEquals("条目 1", TestDatabase.queryString("select title from offering_node where id = ?", item));
        assertEquals(0, count("select count(*) from offering_node where title = '跨站模块' and offering_id = ?",
                offering));
        assertEquals(1, count("select count(*) from course_class where offering_id = ?", offering));
        assertEquals("PUBLISHED", TestDatabase.queryString("select status from course_offering where id = ?",
                offering));
        assertEquals(1, count("select count(*) from enrolment where offering_id = ? and status = 'ACTIVE'",
                offering), "the enrolment is still active");
        HttpResponse<String> read = send(cookie, "GET", "/api/v1/offerings/" + offering + "/outline", null, null);
        assertEquals(200, read.statusCode(), "reading is never blocked: " + read.body());
    }

    @Test
    void crossSiteGroupAndSelfTestRequests_withTheVictimsCookie_areRefused_andChangeNothing() throws Exception {
        signInAfresh(TEACHER);
        ConsoleHomePage.await(driver, Deployments.BASE_URL);
        String cookie = driver.manage().getCookies().stream().map(c -> c.getName() + "=" + c.getValue())
                .collect(Collectors.joining("; "));
        String json = "application/json";
        long item = TeachingWorld.node(offering, "条目 1");

        refused(send(cookie, "POST", "/api/v1/classes/" + courseClass + "/groups", json, bytes("{\"name\":\"跨站组\"}")));
        refused(send(cookie, "POST", "/api/v1/classes/" + courseClass + "/groups/random", json, bytes("{\"groups\":2}")));
        refused(send(cookie, "POST", "/api/v1/classes/" + courseClass + "/groups/signup", json, bytes("{\"open\":true}")));
        refused(send(cookie, "PUT", "/api/v1/groups/1", json, bytes("{\"name\":\"改名\"}")));
        refused(send(cookie, "DELETE", "/api/v1/groups/1", null, null));
        refused(send(cookie, "POST", "/api/v1/groups/1/members", json, bytes("{}")));
        refused(send(cookie, "PUT", "/api/v1/assignments/1/group-work", json, bytes("{\"on\":true}")));
        refused(send(cookie, "POST", "/api/v1/submissions/1/adjustments", json, bytes("{}")));
        refused(send(cookie, "POST", "/api/v1/submissions/1/ratings", json, bytes("{}")));
        refused(send(cookie, "POST", "/api/v1/self-tests/" + item + "/attempts", null, null));
        refused(send(cookie, "PUT", "/api/v1/self-tests/course-items/" + item + "/paper", json, bytes("{\"paperId\":1}")));

        assertEquals(0, count("select count(*) from class_group where class_id = ?", courseClass));
        assertEquals(0, count("select count(*) from exam where offering_id = ? and kind = 'SELF_TEST'", offering));
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static long count(String sql, long id) throws java.sql.SQLException {
        return TestDatabase.queryLong(sql, id);
    }

    private static void refused(HttpResponse<String> response) {
        assertEquals(403, response.statusCode(), response.body());
        assertEquals("cross_site_request", ApiClient.json(response.body(), "error"), response.body());
    }

    private static HttpResponse<String> send(String cookie, String method, String path, String type, byte[] body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(Deployments.BASE_URL + path))
                .timeout(Duration.ofSeconds(60)).header("Cookie", cookie).header("Accept-Language", "zh-CN")
                .header("Origin", EVIL).header("Referer", EVIL + "/innocent.html");
        if (type != null) {
            request.header("Content-Type", type);
        }
        request.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofByteArray(body));
        try {
            return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
