package org.ziyuanku.it.course;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.http.HttpResponse;
import java.sql.SQLException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ziyuanku.it.support.ApiClient;
import org.ziyuanku.it.support.ReviewPeople;
import org.ziyuanku.it.support.TestAccounts;
import org.ziyuanku.it.support.TestDatabase;
import org.ziyuanku.it.support.TestResources;
import org.ziyuanku.it.support.TestReview;

/**
 * What the course ITs start from: the review people of the welding library ({@link ReviewPeople}: the course-team
 * lead builds, the library administrator reviews at the one level the tests set, so the lead never reviews their own
 * course, design D2), a second national library with its own administrator, and published resources in both.
 */
final class CourseWorld {

    final String suffix;
    final ReviewPeople people;
    final String otherAdministrator;
    final long otherLibrary;

    private CourseWorld(String suffix) throws SQLException {
        this.suffix = suffix;
        this.people = ReviewPeople.create(suffix);
        this.otherAdministrator = "crs-admin2-" + suffix;
        this.otherLibrary = TestDatabase.queryLong("select id from resource_library where level = 'NATIONAL'"
                + " and catalogue_no <> ? order by catalogue_no limit 1", TestResources.WELDING_CATALOGUE_NO);
        TestDatabase.update("insert into library_participant (library_id, organisation_id) values (?, ?)"
                + " on conflict do nothing", otherLibrary, TestAccounts.organisation(TestResources.DEMO_SCHOOL));
        TestResources.libraryAdministrator(otherAdministrator, otherLibrary);
    }

    static CourseWorld create(String suffix) throws SQLException {
        return new CourseWorld(suffix);
    }

    /** Deletes the courses and 积件 of these people, then the people. */
    void forget() throws SQLException {
        for (String user : new String[] {people.courseLead, people.author, people.administrator, otherAdministrator}) {
            TestDatabase.update("delete from standard_course where revision_of_id is not null and lead_id in"
                    + " (select id from user_account where username = ?)", user);
            TestDatabase.update("delete from standard_course where lead_id in (select id from user_account where"
                    + " username = ?) or created_by in (select id from user_account where username = ?)", user, user);
            TestDatabase.update("delete from course_assembly where owner_id in (select id from user_account where"
                    + " username = ?)", user);
            TestDatabase.update("delete from notification where recipient_id in (select id from user_account where"
                    + " username = ?)", user);
        }
        TestResources.forget(otherAdministrator);
        people.forget();
    }

    long account(String username) throws SQLException {
        return TestDatabase.queryLong("select id from user_account where username = ?", username);
    }

    /** A PNG uploaded by the author into the library and published by the administrator; returns its id. */
    long publishedResource(long library, String administrator, String title) {
        HttpResponse<String> created = ApiClient.as(people.author).upload("/api/v1/libraries/" + library
                + "/resources", "image.png", TestResources.sample("sample.png"),
                ApiClient.fields("title", title + suffix, "courseName", "焊接工艺"));
        assertEquals(201, created.statusCode(), created.body());
        long id = Long.parseLong(ApiClient.json(created.body(), "id"));
        TestReview.publish(people.author, administrator, library, id);
        return id;
    }

    /** The open task about the course (subject type COURSE) in the reviewer's queue, or -1. */
    static long courseTask(String reviewer, long course) {
        HttpResponse<String> queue = ApiClient.as(reviewer).get("/api/v1/reviews/tasks");
        assertEquals(200, queue.statusCode(), queue.body());
        Matcher task = Pattern.compile("\\{[^{}]*\\}").matcher(queue.body());
        Pattern subject = Pattern.compile("\"subjectId\":" + course + "[,}]");
        while (task.find()) {
            if (task.group().contains("\"subjectType\":\"COURSE\"") && subject.matcher(task.group()).find()) {
                return Long.parseLong(ApiClient.json(task.group(), "taskId"));
            }
        }
        return -1;
    }

    /** The lead submits the course; the library administrator (the one level) approves it. */
    void submitAndApprove(long course) {
        TestReview.levels(people.administrator, people.library, "LIBRARY_ADMIN");
        HttpResponse<String> submitted = ApiClient.as(people.courseLead).post("/api/v1/courses/" + course
                + "/submission");
        assertEquals(200, submitted.statusCode(), submitted.body());
        long task = courseTask(people.administrator, course);
        HttpResponse<String> approved = TestReview.decide(people.administrator, task, "APPROVE", "同意", "{}");
        assertEquals(200, approved.statusCode(), approved.body());
        assertEquals("PUBLISHED", ApiClient.json(approved.body(), "status"), approved.body());
    }
}
