package org.ziyuanku.it.course;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.net.http.HttpResponse;
import java.sql.SQLException;
import java.util.stream.Stream;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.ziyuanku.it.support.ApiClient;
import org.ziyuanku.it.support.ApiRefusals;
import org.ziyuanku.it.support.CourseFixtures;
import org.ziyuanku.it.support.CrossSiteApi;
import org.ziyuanku.it.support.TestDatabase;
import org.ziyuanku.it.support.TestReview;

/**
 * The security matrix of the course API's state changes (REST only, no browser): each is refused from another site
 * with the victim's session cookie (403 before anything runs); 积件 changes by a teacher of the same school who is
 * neither the owner nor an administrator of its library, and course-team changes by a member who is not the lead,
 * are 403 and audited DENIED, as is a course take-down by its own lead and by another teacher of the school (no
 * administrators of its library); each JSON endpoint answers a body that is not JSON, a wrongly typed field, a missing
 * required field and an over-long name or title with 400 and a message in the caller's language. Every refusal
 * leaves the courses, their outlines, the 积件, the course teams and the review submissions exactly as they were.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CourseSecurityMatrixIT {

    private static final String SUFFIX = Long.toString(System.currentTimeMillis() % 100_000);
    private static final String NOT_JSON = "name=x&title=y";
    private static final String LONG = "x".repeat(201);
    private static CourseWorld world;
    private static long lead;
    private static long resource;
    private static long draft;
    private static long module;
    private static long item;
    private static long published;
    private static long inReview;
    private static long assembly;

    @BeforeAll
    static void coursesInEveryState() throws Exception {
        world = CourseWorld.create("csm" + SUFFIX);
        lead = world.account(world.people.courseLead);
        resource = world.publishedResource(world.people.library, world.people.administrator, "矩阵素材");
        ApiClient client = ApiClient.as(world.people.courseLead);
        draft = create(client, "CSMD" + SUFFIX);
        module = addNode(client, draft, "{\"title\":\"模块\"}");
        long topic = addNode(client, draft, "{\"parentId\":" + module + ",\"title\":\"主题\"}");
        item = addNode(client, draft, "{\"parentId\":" + topic + ",\"title\":\"条目\",\"itemKind\":\"RESOURCE\","
                + "\"resourceId\":" + resource + "}");
        published = CourseFixtures.publishedCourse(world.people.library, lead, "CSMP" + SUFFIX, resource);
        inReview = create(client, "CSMR" + SUFFIX);
        long reviewModule = addNode(client, inReview, "{\"title\":\"模块\"}");
        long reviewTopic = addNode(client, inReview, "{\"parentId\":" + reviewModule + ",\"title\":\"主题\"}");
        addNode(client, inReview, "{\"parentId\":" + reviewTopic + ",\"title\":\"条目\",\"itemKind\":\"RESOURCE\","
                + "\"resourceId\":" + resource + "}");
        TestReview.levels(world.people.administrator, world.people.library, "LIBRARY_ADMIN");
        HttpResponse<String> submitted = client.post("/api/v1/courses/" + inReview + "/submission");
        assertEquals(200, submitted.statusCode(), submitted.body());
        HttpResponse<String> created = client.postJson("/api/v1/courses/assemblies", "{\"libraryId\":"
                + world.people.library + ",\"name\":\"矩阵积件" + SUFFIX + "\",\"resourceIds\":[" + resource + "]}");
        assertEquals(201, created.statusCode(), created.body());
        assembly = Long.parseLong(ApiClient.json(created.body(), "id"));
    }

    @AfterAll
    static void forget() throws Exception {
        TestDatabase.update("delete from role_grant where scope_type = 'COURSE' and scope_id = ?", published);
        world.forget();
    }

    @Test
    void crossSiteCourseChanges_withTheVictimsCookie_areRefused_andChangeNothing() throws Exception {
        CrossSiteApi victim = CrossSiteApi.victim(world.people.courseLead);
        victim.assertLive();
        CrossSiteApi administrator = CrossSiteApi.victim(world.people.administrator);
        administrator.assertLive();
        String before = fingerprint();
        String nodes = "/api/v1/courses/" + draft + "/outline/nodes/";
        String assemblies = "/api/v1/courses/assemblies";

        CrossSiteApi.assertRefused(victim.send("PUT", nodes + module, "{\"title\":\"被篡改\"}"));
        CrossSiteApi.assertRefused(victim.send("DELETE", nodes + item, null));
        CrossSiteApi.assertRefused(victim.send("POST", "/api/v1/courses/" + published + "/versions", null));
        CrossSiteApi.assertRefused(victim.send("POST", "/api/v1/courses/" + published + "/team",
                "{\"username\":\"" + world.people.outsider + "\"}"));
        CrossSiteApi.assertRefused(victim.send("POST", assemblies, "{\"libraryId\":" + world.people.library
                + ",\"name\":\"跨站积件\",\"resourceIds\":[" + resource + "]}"));
        CrossSiteApi.assertRefused(victim.send("PUT", assemblies + "/" + assembly, "{\"name\":\"跨站改名\","
                + "\"resourceIds\":[" + resource + "]}"));
        CrossSiteApi.assertRefused(victim.send("DELETE", assemblies + "/" + assembly, null));
        CrossSiteApi.assertRefused(victim.send("DELETE", "/api/v1/courses/" + inReview + "/submission", null));
        CrossSiteApi.assertRefused(administrator.send("POST", "/api/v1/courses/" + published + "/take-down",
                "{\"reason\":\"跨站下架\"}"));

        assertEquals(before, fingerprint(), "courses, outlines, 积件, teams and submissions are unchanged");
        assertEquals("IN_REVIEW", status(inReview));
        assertEquals("PUBLISHED", status(published));
        assertEquals(0, TestDatabase.queryLong("select count(*) from standard_course where revision_of_id = ?",
                published), "no new version");
    }

    @Test
    void assembly_changedOrRemovedByAnotherTeacherOfTheSchool_is403_auditedDenied_andUnchanged() throws Exception {
        String before = fingerprint();
        String path = "/api/v1/courses/assemblies/" + assembly;
        String body = "{\"name\":\"别人改的积件\",\"resourceIds\":[" + resource + "]}";
        ApiClient teacher = ApiClient.as(world.people.author);
        ApiClient otherLead = ApiClient.as(world.people.both);

        assertForbidden(teacher.putJson(path, body));
        assertForbidden(teacher.delete(path));
        assertForbidden(otherLead.putJson(path, body));
        assertForbidden(otherLead.delete(path));

        assertEquals(before, fingerprint(), "the 积件 and its parts are unchanged");
        assertEquals("矩阵积件" + SUFFIX, TestDatabase.queryString("select name from course_assembly where id = ?",
                assembly));
        for (String caller : new String[] {world.people.author, world.people.both}) {
            assertEquals(2, denials(caller, "COURSE_ASSEMBLY_CHANGE", "assembly:" + assembly), caller);
        }
    }

    @Test
    void courseTeam_changedByAMemberWhoIsNotTheLead_is403_auditedDenied_andUnchanged() throws Exception {
        HttpResponse<String> added = ApiClient.as(world.people.courseLead).postJson("/api/v1/courses/" + published
                + "/team", "{\"username\":\"" + world.people.author + "\"}");
        assertEquals(200, added.statusCode(), added.body());
        assertTrue(added.body().contains(Long.toString(world.account(world.people.author))), added.body());
        String before = fingerprint();

        assertForbidden(ApiClient.as(world.people.author).postJson("/api/v1/courses/" + published + "/team",
                "{\"username\":\"" + world.people.both + "\"}"));

        assertEquals(before, fingerprint(), "the team is unchanged");
        assertEquals(0, TestDatabase.queryLong("select count(*) from role_grant where scope_type = 'COURSE' and"
                + " scope_id = ? and user_id = ?", published, world.account(world.people.both)));
        assertEquals(1, denials(world.people.author, "COURSE_TEAM_GRANT", "course:" + published));
    }

    @Test
    void takeDown_byTheLeadOrAnotherTeacherOfTheSchool_is403_auditedDeniedWithThemAsActor_andStaysPublished()
            throws Exception {
        String before = fingerprint();
        for (String teacher : new String[] {world.people.courseLead, world.people.author}) {
            assertForbidden(ApiClient.as(teacher).postJson("/api/v1/courses/" + published + "/take-down",
                    "{\"reason\":\"不是管理员\"}"));
            assertEquals(1, denials(teacher, "REVIEW_TAKE_DOWN", "course:" + published), teacher);
        }
        assertEquals(before, fingerprint(), "nothing changed");
        assertEquals("PUBLISHED", status(published));
    }

    @ParameterizedTest(name = "{0}: {2} {3}")
    @MethodSource("malformedBodies")
    void malformedBody_is400_inTheCallersLanguage_andChangesNothing(String kind, String user, String method,
            String path, String body) throws Exception {
        String before = fingerprint();
        ApiClient caller = ApiClient.as("admin".equals(user) ? world.people.administrator : world.people.courseLead);

        ApiRefusals.assertBadRequestInBothLanguages(caller, method, fill(path), fill(body));

        assertEquals(before, fingerprint(), kind + " changed nothing");
    }

    static Stream<Arguments> malformedBodies() {
        return Stream.of(courseBodies(), outlineAndTeamBodies(), assemblyAndTakeDownBodies()).flatMap(s -> s);
    }

    private static Stream<Arguments> courseBodies() {
        String library = "{\"libraryId\":{library},";
        return Stream.of(
            arguments("not JSON", "lead", "POST", "/api/v1/courses", NOT_JSON),
            arguments("wrong type", "lead", "POST", "/api/v1/courses", "{\"libraryId\":\"abc\",\"code\":\"M1\","
                    + "\"name\":\"x\"}"),
            arguments("no name", "lead", "POST", "/api/v1/courses", library + "\"code\":\"M2\"}"),
            arguments("long name", "lead", "POST", "/api/v1/courses", library + "\"code\":\"M3\",\"name\":\"" + LONG
                    + "\"}"),
            arguments("long code", "lead", "POST", "/api/v1/courses", library + "\"code\":\"" + "C".repeat(33)
                    + "\",\"name\":\"x\"}"),
            arguments("not JSON", "lead", "PUT", "/api/v1/courses/{draft}", NOT_JSON),
            arguments("wrong type", "lead", "PUT", "/api/v1/courses/{draft}", "{\"name\":\"x\",\"majorId\":\"abc\"}"),
            arguments("no name", "lead", "PUT", "/api/v1/courses/{draft}", "{\"introduction\":\"x\"}"),
            arguments("long name", "lead", "PUT", "/api/v1/courses/{draft}", "{\"name\":\"" + LONG + "\"}"),
            arguments("unknown major", "lead", "PUT", "/api/v1/courses/{draft}", "{\"name\":\"x\",\"majorId\":"
                    + "999999999}"));
    }

    private static Stream<Arguments> outlineAndTeamBodies() {
        return Stream.of(
            arguments("not JSON", "lead", "POST", "/api/v1/courses/{draft}/outline/nodes", NOT_JSON),
            arguments("wrong type", "lead", "POST", "/api/v1/courses/{draft}/outline/nodes", "{\"title\":\"x\","
                    + "\"position\":\"first\"}"),
            arguments("no title", "lead", "POST", "/api/v1/courses/{draft}/outline/nodes", "{\"position\":0}"),
            arguments("long title", "lead", "POST", "/api/v1/courses/{draft}/outline/nodes", "{\"title\":\"" + LONG
                    + "\"}"),
            arguments("not JSON", "lead", "PUT", "/api/v1/courses/{draft}/outline/nodes/{module}", NOT_JSON),
            arguments("wrong type", "lead", "PUT", "/api/v1/courses/{draft}/outline/nodes/{module}",
                    "{\"title\":\"x\",\"position\":\"first\"}"),
            arguments("no title", "lead", "PUT", "/api/v1/courses/{draft}/outline/nodes/{module}",
                    "{\"position\":0}"),
            arguments("long title", "lead", "PUT", "/api/v1/courses/{draft}/outline/nodes/{module}",
                    "{\"title\":\"" + LONG + "\"}"),
            arguments("not JSON", "lead", "POST", "/api/v1/courses/{published}/team", NOT_JSON),
            arguments("wrong type", "lead", "POST", "/api/v1/courses/{published}/team", "{\"username\":{\"a\":1}}"),
            arguments("no user name", "lead", "POST", "/api/v1/courses/{published}/team", "{}"),
            arguments("long user name", "lead", "POST", "/api/v1/courses/{published}/team", "{\"username\":\""
                    + LONG + "\"}"));
    }

    private static Stream<Arguments> assemblyAndTakeDownBodies() {
        String library = "{\"libraryId\":{library},";
        String parts = "\"resourceIds\":[{resource}]}";
        return Stream.of(
            arguments("not JSON", "lead", "POST", "/api/v1/courses/assemblies", NOT_JSON),
            arguments("wrong type", "lead", "POST", "/api/v1/courses/assemblies", library + "\"name\":\"x\","
                    + "\"resourceIds\":[\"a\"]}"),
            arguments("no name", "lead", "POST", "/api/v1/courses/assemblies", library + parts),
            arguments("long name", "lead", "POST", "/api/v1/courses/assemblies", library + "\"name\":\"" + LONG
                    + "\"," + parts),
            arguments("not JSON", "lead", "PUT", "/api/v1/courses/assemblies/{assembly}", NOT_JSON),
            arguments("wrong type", "lead", "PUT", "/api/v1/courses/assemblies/{assembly}", "{\"name\":\"x\","
                    + "\"resourceIds\":\"x\"}"),
            arguments("no name", "lead", "PUT", "/api/v1/courses/assemblies/{assembly}", "{" + parts),
            arguments("long name", "lead", "PUT", "/api/v1/courses/assemblies/{assembly}", "{\"name\":\"" + LONG
                    + "\"," + parts),
            arguments("not JSON", "admin", "POST", "/api/v1/courses/{published}/take-down", NOT_JSON),
            arguments("wrong type", "admin", "POST", "/api/v1/courses/{published}/take-down",
                    "{\"reason\":{\"a\":1}}"),
            arguments("no reason", "admin", "POST", "/api/v1/courses/{published}/take-down", "{}"),
            arguments("long reason", "admin", "POST", "/api/v1/courses/{published}/take-down", "{\"reason\":\""
                    + "x".repeat(2001) + "\"}"));
    }

    private static String fill(String text) {
        return text.replace("{library}", Long.toString(world.people.library))
                .replace("{resource}", Long.toString(resource)).replace("{draft}", Long.toString(draft))
                .replace("{module}", Long.toString(module)).replace("{published}", Long.toString(published))
                .replace("{assembly}", Long.toString(assembly));
    }

    /**
     * One digest of every row a refused call could have touched: the lead's courses (status, updated_at, version
     * included) with their nodes, the library's 积件 and their parts, all course-scoped grants (the teams) and the
     * lead's review submissions.
     */
    private static String fingerprint() throws SQLException {
        return TestDatabase.queryString("select md5(concat_ws('#',"
                + " (select string_agg(c::text, '|' order by c.id) from standard_course c where c.lead_id = ?),"
                + " (select string_agg(n::text, '|' order by n.id) from course_node n join standard_course c"
                + "  on c.id = n.course_id where c.lead_id = ?),"
                + " (select string_agg(a::text, '|' order by a.id) from course_assembly a where a.library_id = ?),"
                + " (select string_agg(p::text, '|' order by p::text) from course_assembly_part p"
                + "  join course_assembly a on a.id = p.assembly_id where a.library_id = ?),"
                + " (select string_agg(g::text, '|' order by g.id) from role_grant g where g.scope_type = 'COURSE'),"
                + " (select string_agg(s::text, '|' order by s.id) from review_submission s where s.author_id = ?)))",
                lead, lead, world.people.library, world.people.library, lead);
    }

    private static String status(long course) throws SQLException {
        return TestDatabase.queryString("select status from standard_course where id = ?", course);
    }

    private static long denials(String actor, String action, String target) throws SQLException {
        return TestDatabase.queryLong("select count(*) from audit_record where actor = ? and action = ? and target = ?"
                + " and outcome = 'DENIED'", actor, action, target);
    }

    private static void assertForbidden(HttpResponse<String> response) {
        String call = response.request().method() + " " + response.request().uri().getPath() + ": ";
        assertEquals(403, response.statusCode(), call + response.body());
        assertEquals("forbidden", ApiClient.json(response.body(), "error"), call + response.body());
    }

    private static long create(ApiClient client, String code) {
        HttpResponse<String> created = client.postJson("/api/v1/courses", "{\"libraryId\":" + world.people.library
                + ",\"code\":\"" + code + "\",\"name\":\"课程 " + code + "\"}");
        assertEquals(201, created.statusCode(), created.body());
        return Long.parseLong(ApiClient.json(created.body(), "id"));
    }

    private static long addNode(ApiClient client, long course, String json) throws SQLException {
        HttpResponse<String> added = client.postJson("/api/v1/courses/" + course + "/outline/nodes", json);
        assertEquals(201, added.statusCode(), added.body());
        return TestDatabase.queryLong("select max(id) from course_node where course_id = ?", course);
    }
}
