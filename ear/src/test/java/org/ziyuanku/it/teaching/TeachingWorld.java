package org.ziyuanku.it.teaching;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ziyuanku.it.Deployments;
import org.ziyuanku.it.support.ApiClient;
import org.ziyuanku.it.support.CourseFixtures;
import org.ziyuanku.it.support.TestAccounts;
import org.ziyuanku.it.support.TestDatabase;
import org.ziyuanku.it.support.TestKeycloak;
import org.ziyuanku.it.support.TestResources;

/**
 * What the teaching ITs share: people (teachers and learners of school A, learners of school B and without a school,
 * in Keycloak and the platform), published resources and a published standard course (as SQL fixtures), offerings
 * made through the API, and changes of the standard course written as a new course version would leave them.
 */
final class TeachingWorld {

    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private TeachingWorld() {
    }

    /** A Keycloak user with the realm role and a platform account in the organisation (null: none); its id. */
    static long person(String username, String realmRole, Long organisation) throws SQLException {
        TestKeycloak.createUser(username, realmRole);
        return TestAccounts.account(username, organisation);
    }

    static long schoolA() throws SQLException {
        return TestAccounts.organisation(TestAccounts.SCHOOL_A);
    }

    static long schoolB() throws SQLException {
        return TestAccounts.organisation(TestAccounts.SCHOOL_B);
    }

    /** {@code count} PNG resources uploaded by the contributor and marked PUBLISHED; their ids. */
    static long[] publishedResources(String contributor, long library, String suffix, int count)
            throws SQLException {
        long[] ids = new long[count];
        for (int i = 0; i < count; i++) {
            HttpResponse<String> created = ApiClient.as(contributor).upload("/api/v1/libraries/" + library
                    + "/resources", "teaching-" + suffix + "-" + i + ".png", TestResources.sample("sample.png"),
                    ApiClient.fields("title", "开课素材 " + suffix + " " + i, "courseName", "焊接工艺"));
            assertEquals(201, created.statusCode(), created.body());
            ids[i] = Long.parseLong(ApiClient.json(created.body(), "id"));
            TestDatabase.update("update teaching_resource set status = 'PUBLISHED' where id = ?", ids[i]);
        }
        return ids;
    }

    /** The body of an offer: code/open enrolment, term 2026-2027-1. */
    static String offerBody(long course, String title, String mode, boolean outsiders) {
        return "{\"courseId\":" + course + ",\"term\":\"2026-2027-1\",\"startsOn\":\"2026-09-01\",\"endsOn\":"
                + "\"2027-01-20\",\"title\":\"" + title + "\",\"enrolmentMode\":\"" + mode
                + "\",\"openToOutsiders\":" + outsiders + "}";
    }

    /** The teacher offers the course through the API; the offering's id. */
    static long offer(String teacher, long course, String title, String mode, boolean outsiders) {
        HttpResponse<String> created = ApiClient.as(teacher).postJson("/api/v1/offerings",
                offerBody(course, title, mode, outsiders));
        assertEquals(201, created.statusCode(), created.body());
        return Long.parseLong(ApiClient.json(created.body(), "id"));
    }

    /** The offering's owner publishes it. */
    static void publish(String owner, long offering) {
        HttpResponse<String> published = ApiClient.as(owner).post("/api/v1/offerings/" + offering + "/publish");
        assertEquals(200, published.statusCode(), published.body());
    }

    /** A class created through the API by {@code teacher}; its id. */
    static long createClass(String teacher, long offering, String name) {
        HttpResponse<String> created = ApiClient.as(teacher).postJson("/api/v1/offerings/" + offering + "/classes",
                "{\"name\":\"" + name + "\"}");
        assertEquals(201, created.statusCode(), created.body());
        return Long.parseLong(ApiClient.json(created.body(), "id"));
    }

    /** Adds the person to the class's staff through the API, as the owner. */
    static void addStaff(String owner, long courseClass, String username, String role) {
        HttpResponse<String> added = ApiClient.as(owner).postJson("/api/v1/classes/" + courseClass + "/staff",
                "{\"username\":\"" + username + "\",\"role\":\"" + role + "\"}");
        assertEquals(201, added.statusCode(), added.body());
    }

    /** PATCHes a JSON body as the user (bearer token), in the language asked for. */
    static HttpResponse<String> patch(String username, String path, String json, String... language) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(Deployments.BASE_URL + path))
                .timeout(Duration.ofSeconds(60)).header("Authorization", "Bearer " + TestKeycloak.accessToken(username))
                .header("Content-Type", "application/json")
                .header("Accept-Language", language.length == 0 ? "zh-CN" : language[0])
                .method("PATCH", HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)).build();
        try {
            return CLIENT.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The id of the offering's node with that title (any depth). */
    static long node(long offering, String title) throws SQLException {
        return TestDatabase.queryLong("select id from offering_node where offering_id = ? and title = ?", offering,
                title);
    }

    /** A new version of the standard course changes the item's title (and so its content hash). */
    static void standardRetitles(long course, String title, String newTitle) throws SQLException {
        assertEquals(1, TestDatabase.update("update course_node set title = ?, content_hash = ? where course_id = ?"
                + " and title = ?", newTitle, TestResources.sha256(newTitle.getBytes(StandardCharsets.UTF_8)), course,
                title));
    }

    /** Publishes the standard course's next version (as course review leaves it); the new version number. */
    static int nextCourseVersion(long course) throws SQLException {
        TestDatabase.update("update standard_course set course_version = course_version + 1 where id = ?", course);
        return (int) TestDatabase.queryLong("select course_version from standard_course where id = ?", course);
    }

    /** The values of every JSON member {@code name} in {@code json}, in order. */
    static List<String> all(String json, String name) {
        List<String> values = new ArrayList<>();
        Matcher m = Pattern.compile("\"" + Pattern.quote(name) + "\"\\s*:\\s*(\"((?:[^\"\\\\]|\\\\.)*)\"|[^,}\\]]+)")
                .matcher(json);
        while (m.find()) {
            values.add(m.group(2) != null ? m.group(2) : m.group(1).strip());
        }
        return values;
    }

    /** Deletes the course's offerings (with enrolments, classes and nodes) and the course. */
    static void forgetCourse(long course) throws SQLException {
        TestDatabase.update("delete from enrolment where offering_id in (select id from course_offering"
                + " where course_id = ?)", course);
        TestDatabase.update("update course_offering set previous_offering_id = null where course_id = ?", course);
        TestDatabase.update("delete from course_offering where course_id = ?", course);
        TestDatabase.update("delete from standard_course where id = ?", course);
    }

    /** Deletes the people (and what they uploaded, their grants and accounts). */
    static void forget(String... usernames) throws SQLException {
        for (String username : usernames) {
            TestDatabase.update("delete from roster_entry where bound_user_id in (select id from user_account"
                    + " where username = ?)", username);
            TestDatabase.update("delete from class_staff where account_id in (select id from user_account"
                    + " where username = ?)", username);
            TestDatabase.update("delete from learning_statement where actor_id in (select id from user_account"
                    + " where username = ?)", username);
            TestDatabase.update("delete from enrolment where learner_id in (select id from user_account"
                    + " where username = ?)", username);
        }
        TestResources.forget(usernames);
    }

    /** The published course of the library, led by {@code lead}, with one item per resource; its id. */
    static long course(long library, long lead, String code, long... resources) throws SQLException {
        return CourseFixtures.publishedCourse(library, lead, code, resources);
    }
}
