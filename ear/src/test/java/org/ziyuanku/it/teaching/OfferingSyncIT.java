package org.ziyuanku.it.teaching;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.ziyuanku.it.support.ApiClient;
import org.ziyuanku.it.support.TestDatabase;
import org.ziyuanku.it.support.TestKeycloak;
import org.ziyuanku.it.support.TestResources;

/**
 * An offering kept in step with its standard course (issue 13, item 3; design D9): content the teacher did not touch
 * flows in by itself; an item the teacher changed survives a later change of the same standard item, which waits in
 * the teacher's inbox of incoming changes; declining keeps the local version and is not offered again, accepting
 * takes the standard version; an item the standard course adds waits for acceptance, one it removes is retired (not
 * deleted). Another teacher of the same school sees none of it (404); malformed decisions answer 400 with a message.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class OfferingSyncIT {

    private static final String SUFFIX = Long.toString(System.currentTimeMillis() % 100_000);
    private static final String TEACHER = "sync-teacher-" + SUFFIX;
    private static final String OTHER = "sync-other-" + SUFFIX;
    private static final List<Long> COURSES = new ArrayList<>();
    private static long lead;
    private static long library;
    private static long[] resources;

    @BeforeAll
    static void aPublishedCourseWithThreeItems() throws Exception {
        TestKeycloak.ensureRunning();
        lead = TeachingWorld.person(TEACHER, "teacher", TeachingWorld.schoolA());
        TeachingWorld.person(OTHER, "teacher", TeachingWorld.schoolA());
        library = TestResources.weldingLibraryWith(TeachingWorld.schoolA());
        resources = TeachingWorld.publishedResources(TEACHER, library, "sync" + SUFFIX, 3);
    }

    /** A fresh published course with three items (条目 1 … 3) for one test. */
    private static long newCourse() throws Exception {
        long course = TeachingWorld.course(library, lead, "SYNC" + SUFFIX + "-" + COURSES.size(), resources);
        COURSES.add(course);
        return course;
    }

    @AfterAll
    static void deleteWhatWasCreated() throws Exception {
        for (long course : COURSES) {
            TeachingWorld.forgetCourse(course);
        }
        TeachingWorld.forget(TEACHER, OTHER);
    }

    private static String outline(long offering) {
        HttpResponse<String> outline = ApiClient.as(TEACHER).get("/api/v1/offerings/" + offering + "/outline");
        assertEquals(200, outline.statusCode(), outline.body());
        return outline.body();
    }

    private static String pending(long offering) {
        HttpResponse<String> changes = ApiClient.as(TEACHER).get("/api/v1/offerings/" + offering
                + "/incoming-changes");
        assertEquals(200, changes.statusCode(), changes.body());
        return changes.body();
    }

    private static HttpResponse<String> decide(long offering, String change, String decision) {
        return ApiClient.as(TEACHER).postJson("/api/v1/offerings/" + offering + "/incoming-changes/" + change
                + "/decision", "{\"decision\":\"" + decision + "\"}");
    }

    @Test
    void localChange_survivesTheStandardChange_offeredAsIncoming_declineKeepsIt_acceptTakesTheStandard()
            throws Exception {
        long course = newCourse();
        long offering = TeachingWorld.offer(TEACHER, course, "焊接同步 " + SUFFIX, "CODE", false);
        assertEquals(5, TestDatabase.queryLong("select count(*) from offering_node where offering_id = ?", offering),
                "the outline starts as a copy of the standard outline");
        long second = TeachingWorld.node(offering, "条目 2");
        HttpResponse<String> edited = TeachingWorld.patch(TEACHER, "/api/v1/offerings/" + offering
                + "/outline/nodes/" + second, "{\"title\":\"我的条目二\"}");
        assertEquals(200, edited.statusCode(), edited.body());

        TeachingWorld.standardRetitles(course, "条目 1", "条目 1（第二版）");
        TeachingWorld.standardRetitles(course, "条目 2", "条目 2（第二版）");
        TeachingWorld.nextCourseVersion(course);

        String synced = outline(offering);
        assertTrue(synced.contains("条目 1（第二版）"), "the untouched item flowed in: " + synced);
        assertTrue(synced.contains("我的条目二") && !synced.contains("条目 2（第二版）"),
                "the local change survived: " + synced);
        String inbox = pending(offering);
        assertEquals(List.of("CHANGED", "条目 2（第二版）", "我的条目二"), List.of(ApiClient.json(inbox, "kind"),
                ApiClient.json(inbox, "standardTitle"), ApiClient.json(inbox, "localTitle")), inbox);
        String change = ApiClient.json(inbox, "id");

        HttpResponse<String> declined = decide(offering, change, "DECLINE");
        assertEquals(200, declined.statusCode(), declined.body());
        assertEquals("DECLINED", ApiClient.json(declined.body(), "status"));
        assertEquals(409, decide(offering, change, "ACCEPT").statusCode(), "a change is decided once");
        TeachingWorld.nextCourseVersion(course);
        assertTrue(outline(offering).contains("我的条目二"));
        assertEquals("[]", pending(offering), "a declined change is not offered again");

        TeachingWorld.standardRetitles(course, "条目 2（第二版）", "条目 2（第三版）");
        TeachingWorld.nextCourseVersion(course);
        String again = pending(offering);
        assertEquals("条目 2（第三版）", ApiClient.json(again, "standardTitle"), "a newer change is offered: " + again);
        HttpResponse<String> accepted = decide(offering, ApiClient.json(again, "id"), "accept");
        assertEquals(200, accepted.statusCode(), accepted.body());
        assertEquals("条目 2（第三版）", TestDatabase.queryString("select title from offering_node where id = ?", second));
        assertEquals("false", TestDatabase.queryString("select local_changed::text from offering_node where id = ?",
                second), "accepting clears the local change");
        assertEquals(2, TestDatabase.queryLong("select count(*) from audit_record where actor = ? and action ="
                + " 'OFFERING_CHANGE_DECIDE' and outcome = 'SUCCESS' and scope = ?", TEACHER, "offering:" + offering),
                "decisions are audited");
    }

    @Test
    void addedItem_waitsForAcceptance_removedItem_isRetiredNotDeleted() throws Exception {
        long course = newCourse();
        long offering = TeachingWorld.offer(TEACHER, course, "焊接增删 " + SUFFIX, "CODE", false);
        long topic = TestDatabase.queryLong("select id from course_node where course_id = ? and depth = 2", course);
        TestDatabase.update("insert into course_node (id, course_id, node_key, parent_id, depth, position, title,"
                + " item_kind, page_body, content_hash) values (nextval('course_node_seq'), ?, ?, ?, 3, 9, ?, 'PAGE',"
                + " '<p>新增</p>', ?)", course, UUID.randomUUID(), topic, "新增条目 " + SUFFIX, "a".repeat(64));
        String third = TestDatabase.queryString("select title from course_node where course_id = ? and depth = 3"
                + " order by position limit 1 offset 2", course);
        long thirdCopy = TeachingWorld.node(offering, third);
        TestDatabase.update("delete from course_node where course_id = ? and title = ?", course, third);
        TeachingWorld.nextCourseVersion(course);

        String inbox = pending(offering);
        assertEquals("ADDED", ApiClient.json(inbox, "kind"), inbox);
        assertFalse(outline(offering).contains("新增条目 " + SUFFIX), "an added item waits for the teacher");
        assertEquals(1, TestDatabase.queryLong("select count(*) from offering_node where id = ? and retired_at is not"
                + " null", thirdCopy), "the removed item is retired, not deleted");
        HttpResponse<String> accepted = decide(offering, ApiClient.json(inbox, "id"), "ACCEPT");
        assertEquals(200, accepted.statusCode(), accepted.body());
        assertTrue(outline(offering).contains("新增条目 " + SUFFIX));
    }

    @Test
    void anotherTeacherOfTheSchool_seesNoInbox_andMalformedDecisionsAre400() throws Exception {
        long course = newCourse();
        long offering = TeachingWorld.offer(TEACHER, course, "焊接拒绝 " + SUFFIX, "CODE", false);
        ApiClient other = ApiClient.as(OTHER);
        assertEquals(404, other.get("/api/v1/offerings/" + offering + "/incoming-changes").statusCode());
        HttpResponse<String> foreign = other.postJson("/api/v1/offerings/" + offering + "/incoming-changes/1/decision",
                "{\"decision\":\"ACCEPT\"}");
        assertEquals(404, foreign.statusCode(), foreign.body());
        assertEquals(1, TestDatabase.queryLong("select count(*) from audit_record where actor = ? and action ="
                + " 'OFFERING_CHANGE_DECIDE' and outcome <> 'SUCCESS'", OTHER), "the refusal is audited");

        HttpResponse<String> maybe = ApiClient.as(TEACHER).inLanguage("en").postJson("/api/v1/offerings/" + offering
                + "/incoming-changes/1/decision", "{\"decision\":\"MAYBE\"}");
        assertEquals(400, maybe.statusCode(), maybe.body());
        assertTrue(maybe.body().contains("it must be ACCEPT or DECLINE"), maybe.body());
        HttpResponse<String> broken = ApiClient.as(TEACHER).postJson("/api/v1/offerings/" + offering
                + "/incoming-changes/1/decision", "{\"decision\":");
        assertEquals(400, broken.statusCode(), broken.body());
        assertTrue(broken.body().contains("\"message\""), broken.body());
    }
}
