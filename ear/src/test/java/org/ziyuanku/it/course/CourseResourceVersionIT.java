package org.ziyuanku.it.course;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import org.ziyuanku.it.support.TestReview;

/**
 * A course references resources by id: a new approved version of a referenced resource (same id) shows in the course
 * at once, and a taken-down one shows as unavailable while the course team (lead and members) is told, once per
 * course, with a link to the course outline.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CourseResourceVersionIT {

    private static final String SUFFIX = Long.toString(System.currentTimeMillis() % 100_000);
    private static CourseWorld world;

    @BeforeAll
    static void world() throws Exception {
        world = CourseWorld.create("rv" + SUFFIX);
    }

    @AfterAll
    static void forget() throws Exception {
        world.forget();
    }

    @Test
    void aNewApprovedVersionOfAReferencedResource_appearsInTheCourse() throws Exception {
        long resource = world.publishedResource(world.people.library, world.people.administrator, "旧版标题");
        long course = CourseFixtures.publishedCourse(world.people.library, world.account(world.people.courseLead),
                "RV1-" + SUFFIX, resource);
        assertTrue(outline(course).contains("旧版标题" + world.suffix));

        HttpResponse<String> edit = ApiClient.as(world.people.author).putJson("/api/v1/resources/" + resource
                + "/description", "{\"title\":\"新版标题" + SUFFIX + "\"}");
        assertEquals(200, edit.statusCode(), edit.body());
        assertTrue(outline(course).contains("旧版标题" + world.suffix), "the course shows the published version");
        assertEquals(200, TestReview.submit(world.people.author, resource).statusCode());
        long task = TestReview.taskFor(world.people.administrator, resource);
        assertEquals(200, TestReview.decide(world.people.administrator, task, "APPROVE", "同意", "{}").statusCode());

        String shown = outline(course);
        assertTrue(shown.contains("新版标题" + SUFFIX) && !shown.contains("旧版标题" + world.suffix), shown);
        assertTrue(shown.contains("\"resourceId\":" + resource), "the same resource id: " + shown);
        assertTrue(shown.contains("\"available\":true"), shown);
    }

    @Test
    void aTakenDownResource_showsUnavailable_andTheTeamIsTold() throws Exception {
        long resource = world.publishedResource(world.people.library, world.people.administrator, "将下线");
        long kept = world.publishedResource(world.people.library, world.people.administrator, "保留");
        long lead = world.account(world.people.courseLead);
        long course = CourseFixtures.publishedCourse(world.people.library, lead, "RV2-" + SUFFIX, resource, kept);
        HttpResponse<String> member = ApiClient.as(world.people.courseLead).postJson("/api/v1/courses/" + course
                + "/team", "{\"username\":\"" + world.people.secondReviewer + "\"}");
        assertEquals(200, member.statusCode(), member.body());
        assertFalse(outline(course).contains("\"available\":false"));

        HttpResponse<String> down = ApiClient.as(world.people.administrator).postJson("/api/v1/resources/" + resource
                + "/take-down", "{\"reason\":\"版权问题\"}");
        assertEquals(204, down.statusCode(), down.body());

        String shown = outline(course);
        assertTrue(shown.contains("\"available\":false"), "the item is unavailable: " + shown);
        assertTrue(shown.contains("\"available\":true"), "the other item is not: " + shown);
        for (String told : new String[] {world.people.courseLead, world.people.secondReviewer}) {
            assertEquals(1, TestDatabase.queryLong("select count(*) from notification n join user_account u on u.id ="
                    + " n.recipient_id where u.username = ? and n.message_key = 'notification.course.itemUnavailable'"
                    + " and n.link = ?", told, "course.outline?id=" + course), told + " is told once");
        }
        String inbox = ApiClient.as(world.people.courseLead).get("/api/v1/notifications").body();
        assertTrue(inbox.contains("将下线" + world.suffix) && inbox.contains("/console/course/outline.xhtml?id="
                + course), inbox);
        assertEquals(0, TestDatabase.queryLong("select count(*) from notification n join user_account u on u.id ="
                + " n.recipient_id where u.username = ? and n.message_key = 'notification.course.itemUnavailable'",
                world.people.author), "people outside the team are not told");
    }

    private static String outline(long course) {
        HttpResponse<String> outline = ApiClient.anonymous().get("/api/v1/courses/" + course + "/outline");
        assertEquals(200, outline.statusCode(), outline.body());
        return outline.body();
    }
}
