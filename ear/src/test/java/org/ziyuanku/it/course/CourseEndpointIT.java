package org.ziyuanku.it.course;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
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
import org.ziyuanku.it.support.TestDatabase;

/**
 * A standard course through the REST API, as issue 13 asks: the course-team lead builds it from published resources
 * of two libraries, a 积件 and a page; nobody else sees it (404) until the library's reviewer approves it, then the
 * anonymous visitor does; a teacher of the same school who is not on the team cannot change it (404 while it is a
 * draft, 403 once published); a malformed body answers 400 with a message in the caller's language; a new version of
 * the published course is reviewed and merged back keeping the node ids and keys.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CourseEndpointIT {

    private static final String SUFFIX = Long.toString(System.currentTimeMillis() % 100_000);
    private static CourseWorld world;
    private static long weldingResource;
    private static long otherResource;
    private static long secondWelding;

    @BeforeAll
    static void world() throws Exception {
        world = CourseWorld.create("ce" + SUFFIX);
        weldingResource = world.publishedResource(world.people.library, world.people.administrator, "平焊示范");
        secondWelding = world.publishedResource(world.people.library, world.people.administrator, "立焊示范");
        otherResource = world.publishedResource(world.otherLibrary, world.otherAdministrator, "安全规范");
    }

    @AfterAll
    static void forget() throws Exception {
        TestDatabase.update("delete from graph_node where name like ?", "%" + SUFFIX);
        world.forget();
    }

    @Test
    void leadBuildsFromTwoLibrariesAndAnAssembly_hiddenUntilApproved_thenPublic() throws Exception {
        ApiClient lead = ApiClient.as(world.people.courseLead);
        long course = create(lead, "WELD-" + SUFFIX);
        for (ApiClient stranger : List.of(ApiClient.anonymous(), ApiClient.as(world.people.outsider),
                ApiClient.as(world.people.author))) {
            assertEquals(404, stranger.get("/api/v1/courses/" + course).statusCode(), "a draft is not found");
            assertEquals(404, stranger.get("/api/v1/courses/" + course + "/outline").statusCode());
        }
        HttpResponse<String> assembly = lead.postJson("/api/v1/courses/assemblies", "{\"libraryId\":"
                + world.people.library + ",\"name\":\"焊接积件" + SUFFIX + "\",\"resourceIds\":[" + secondWelding + ","
                + otherResource + "]}");
        assertEquals(201, assembly.statusCode(), assembly.body());
        long assemblyId = Long.parseLong(ApiClient.json(assembly.body(), "id"));

        long module = addNode(lead, course, "{\"title\":\"模块一 焊接基础\"}");
        long topic = addNode(lead, course, "{\"parentId\":" + module + ",\"title\":\"主题一 平焊\"}");
        add(lead, course, item(topic, "平焊视频", "\"itemKind\":\"RESOURCE\",\"resourceId\":" + weldingResource));
        add(lead, course, item(topic, "安全规范", "\"itemKind\":\"RESOURCE\",\"resourceId\":" + otherResource));
        add(lead, course, item(topic, "积件", "\"itemKind\":\"ASSEMBLY\",\"assemblyId\":" + assemblyId));
        String outline = add(lead, course, item(topic, "说明", "\"itemKind\":\"PAGE\",\"pageBody\":"
                + "\"<p onclick=\\\"x()\\\">焊前准备<script>alert(1)</script></p>\""));
        assertTrue(outline.contains("焊前准备"), outline);
        assertFalse(outline.contains("<script") || outline.contains("onclick"), "the page is sanitised: " + outline);
        assertEquals("4", String.valueOf(TestDatabase.queryLong("select count(*) from course_node where course_id = ?"
                + " and depth = 3", course)));
        assertEquals(1, TestDatabase.queryLong("select count(distinct t.library_id) - 1 from course_node n"
                + " join teaching_resource t on t.id = n.resource_id where n.course_id = ?", course),
                "items reference resources of two libraries, by id");

        world.submitAndApprove(course);
        HttpResponse<String> shown = ApiClient.anonymous().get("/api/v1/courses/" + course + "/outline");
        assertEquals(200, shown.statusCode(), shown.body());
        assertTrue(shown.body().contains("平焊示范" + world.suffix) && shown.body().contains("安全规范" + world.suffix)
                && shown.body().contains("立焊示范" + world.suffix), "live titles of both libraries: " + shown.body());
        assertTrue(shown.body().contains("\"status\":\"PUBLISHED\""), shown.body());
        assertTrue(ApiClient.anonymous().get("/api/v1/courses").body().contains("\"id\":" + course + ","));
        assertEquals(200, ApiClient.anonymous().get("/api/v1/courses/" + course + "/review-record").statusCode());
    }

    @Test
    void sameSchoolTeacherNotOnTheTeam_cannotChangeIt() throws Exception {
        ApiClient lead = ApiClient.as(world.people.courseLead);
        long course = create(lead, "TEAM-" + SUFFIX);
        long module = addNode(lead, course, "{\"title\":\"模块\"}");
        ApiClient colleague = ApiClient.as(world.people.author);
        assertEquals(404, colleague.postJson("/api/v1/courses/" + course + "/outline/nodes", "{\"title\":\"x\"}")
                .statusCode());
        assertEquals(404, colleague.putJson("/api/v1/courses/" + course, "{\"name\":\"改名\"}").statusCode());
        assertEquals(404, colleague.delete("/api/v1/courses/" + course + "/outline/nodes/" + module).statusCode());
        assertEquals(404, colleague.post("/api/v1/courses/" + course + "/submission").statusCode());

        long topic = addNode(lead, course, "{\"parentId\":" + module + ",\"title\":\"主题\"}");
        add(lead, course, item(topic, "条目", "\"itemKind\":\"RESOURCE\",\"resourceId\":" + weldingResource));
        world.submitAndApprove(course);
        HttpResponse<String> published = colleague.putJson("/api/v1/courses/" + course, "{\"name\":\"改名\"}");
        assertEquals(403, published.statusCode(), "published, so seen, but not theirs: " + published.body());
        assertEquals(403, colleague.post("/api/v1/courses/" + course + "/versions").statusCode());
        assertEquals(1, TestDatabase.queryLong("select count(*) from audit_record where action = 'COURSE_DESCRIBE'"
                + " and outcome = 'DENIED' and target = ?", "course:" + course), "the refusal is audited");
        assertEquals("课程 TEAM-" + SUFFIX, TestDatabase.queryString("select name from standard_course where id = ?",
                course));
    }

    @Test
    void malformedBodies_answer400_inTheCallersLanguage() throws Exception {
        ApiClient lead = ApiClient.as(world.people.courseLead);
        long course = create(lead, "BAD-" + SUFFIX);
        HttpResponse<String> noTitle = lead.postJson("/api/v1/courses/" + course + "/outline/nodes", "{\"title\":\"\"}");
        assertEquals(400, noTitle.statusCode(), noTitle.body());
        assertTrue(noTitle.body().contains("标题必须填写"), noTitle.body());
        HttpResponse<String> english = lead.inLanguage("en").postJson("/api/v1/courses/" + course + "/outline/nodes",
                "{\"title\":\"\"}");
        assertTrue(english.body().contains("The title is required."), english.body());
        HttpResponse<String> broken = lead.postJson("/api/v1/courses/" + course + "/outline/nodes", "{\"title\":");
        assertEquals(400, broken.statusCode(), broken.body());
        long module = addNode(lead, course, "{\"title\":\"模块\"}");
        long topic = addNode(lead, course, "{\"parentId\":" + module + ",\"title\":\"主题\"}");
        HttpResponse<String> draftResource = lead.postJson("/api/v1/courses/" + course + "/outline/nodes",
                item(topic, "x", "\"itemKind\":\"RESOURCE\",\"resourceId\":999999999"));
        assertEquals(400, draftResource.statusCode(), draftResource.body());
        assertTrue(draftResource.body().contains("课程只能引用已发布的资源"), draftResource.body());
        HttpResponse<String> noCode = lead.postJson("/api/v1/courses", "{\"libraryId\":" + world.people.library
                + ",\"code\":\"\",\"name\":\"x\"}");
        assertEquals(400, noCode.statusCode(), noCode.body());
        assertTrue(noCode.body().contains("课程代码和课程名称必须填写"), noCode.body());
        assertEquals(404, lead.get("/api/v1/courses/not-a-number").statusCode());
    }

    @Test
    void newVersionOfAPublishedCourse_isReviewed_thenMergedKeepingNodeIdsAndKeys() throws Exception {
        ApiClient lead = ApiClient.as(world.people.courseLead);
        long course = create(lead, "VER-" + SUFFIX);
        long module = addNode(lead, course, "{\"title\":\"模块\"}");
        long topic = addNode(lead, course, "{\"parentId\":" + module + ",\"title\":\"主题\"}");
        long item = addNode(lead, course, item(topic, "旧条目", "\"itemKind\":\"RESOURCE\",\"resourceId\":"
                + weldingResource));
        world.submitAndApprove(course);
        long point = point("焊缝成形" + SUFFIX);
        long newPoint = point("立焊操作" + SUFFIX);
        TestDatabase.update("insert into graph_node_course_item (node_id, course_node_id) values (?, ?)", point, item);
        String key = TestDatabase.queryString("select node_key::text from course_node where id = ?", item);
        assertEquals(409, lead.putJson("/api/v1/courses/" + course, "{\"name\":\"x\"}").statusCode(),
                "a published course changes through a new version");

        HttpResponse<String> version = lead.post("/api/v1/courses/" + course + "/versions");
        assertEquals(201, version.statusCode(), version.body());
        long revision = Long.parseLong(ApiClient.json(version.body(), "id"));
        assertNotEquals(course, revision);
        long copy = TestDatabase.queryLong("select id from course_node where course_id = ? and node_key = ?::uuid",
                revision, key);
        HttpResponse<String> changed = lead.putJson("/api/v1/courses/" + revision + "/outline/nodes/" + copy,
                item(topic, "新条目", "\"itemKind\":\"RESOURCE\",\"resourceId\":" + secondWelding));
        assertEquals(200, changed.statusCode(), changed.body());
        assertEquals(Long.toString(point), tags(copy), "the new version's item starts with the published item's point");
        TestDatabase.update("update graph_node_course_item set node_id = ? where course_node_id = ?", newPoint, copy);
        assertTrue(ApiClient.anonymous().get("/api/v1/courses/" + course + "/outline").body().contains("旧条目"),
                "learners see the published version while the new one is reviewed");
        assertEquals(404, ApiClient.anonymous().get("/api/v1/courses/" + revision).statusCode());

        world.submitAndApprove(course);
        String shown = ApiClient.anonymous().get("/api/v1/courses/" + course + "/outline").body();
        assertTrue(shown.contains("新条目") && !shown.contains("旧条目"), shown);
        assertEquals(2, TestDatabase.queryLong("select course_version from standard_course where id = ?", course));
        assertEquals(secondWelding, TestDatabase.queryLong("select resource_id from course_node where id = ?", item),
                "the same node (id) took over the change");
        assertEquals(key, TestDatabase.queryString("select node_key::text from course_node where id = ?", item));
        assertEquals(0, TestDatabase.queryLong("select count(*) from standard_course where id = ?", revision),
                "the revision row is gone");
        assertEquals(Long.toString(newPoint), tags(item), "the published item ends with the approved version's point");
    }

    /** A knowledge point of the course's library, straight in the graph (its API: KnowledgeGraphEndpointIT). */
    private static long point(String name) throws Exception {
        return TestDatabase.queryLong("insert into graph_node (id, library_id, node_type, name, created_at, updated_at,"
                + " version) values (nextval('graph_node_seq'), ?, 'KNOWLEDGE', ?, now(), now(), 0) returning id",
                world.people.library, name);
    }

    /** The points tagging the course node, as "id,id" in order. */
    private static String tags(long courseNode) throws Exception {
        return TestDatabase.queryString("select coalesce(string_agg(node_id::text, ',' order by node_id), '')"
                + " from graph_node_course_item where course_node_id = ?", courseNode);
    }

    private static long create(ApiClient lead, String code) {
        HttpResponse<String> created = lead.postJson("/api/v1/courses", "{\"libraryId\":" + world.people.library
                + ",\"code\":\"" + code + "\",\"name\":\"课程 " + code + "\"}");
        assertEquals(201, created.statusCode(), created.body());
        return Long.parseLong(ApiClient.json(created.body(), "id"));
    }

    private static String add(ApiClient lead, long course, String json) {
        HttpResponse<String> added = lead.postJson("/api/v1/courses/" + course + "/outline/nodes", json);
        assertEquals(201, added.statusCode(), added.body());
        return added.body();
    }

    private static String item(long topic, String title, String content) {
        return "{\"parentId\":" + topic + ",\"title\":\"" + title + "\"," + content + "}";
    }

    /** Adds the node and answers its id (the course's newest node). */
    private static long addNode(ApiClient lead, long course, String json) throws Exception {
        add(lead, course, json);
        return TestDatabase.queryLong("select max(id) from course_node where course_id = ?", course);
    }
}
