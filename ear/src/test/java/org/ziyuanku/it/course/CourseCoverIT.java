package org.ziyuanku.it.course;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.ziyuanku.it.support.ApiClient;
import org.ziyuanku.it.support.CrossSiteApi;
import org.ziyuanku.it.support.TestDatabase;
import org.ziyuanku.it.support.TestResources;

/**
 * A course's cover picture through the REST API: the course-team lead uploads a picture, which is kept as a redrawn
 * PNG and served to the team; the anonymous visitor gets 404 until the course is published, then the picture; a file
 * that is no picture answers 400 in the caller's language and keeps the old cover; a teacher of the same school who
 * is not on the team gets 404 on the draft and 403 (audited) once it is published, and changes nothing. The course
 * team: the lead adds a teacher, who may then edit the draft but not change the team (403, audited); the lead takes
 * them off again (the draft is 404 to them), and cannot take themself off (400 with a message). A picture over 5 MB
 * is refused (413); a cover upload or a team removal sent from another site with the lead's session is refused (403)
 * and changes nothing.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CourseCoverIT {

    private static final String SUFFIX = Long.toString(System.currentTimeMillis() % 100_000);
    private static final byte[] PNG_MAGIC = {(byte) 0x89, 'P', 'N', 'G'};
    private static CourseWorld world;
    private static long resource;

    @BeforeAll
    static void world() throws Exception {
        world = CourseWorld.create("cv" + SUFFIX);
        resource = world.publishedResource(world.people.library, world.people.administrator, "封面课程资源");
    }

    @AfterAll
    static void forget() throws Exception {
        world.forget();
    }

    @Test
    void leadUploadsACover_shownOncePublished_badFilesAndStrangersChangeNothing() throws Exception {
        ApiClient lead = ApiClient.as(world.people.courseLead);
        long course = courseWithOneItem(lead);
        String path = "/api/v1/courses/" + course + "/cover";
        HttpResponse<String> uploaded = lead.upload(path, "封面.png", TestResources.sample("sample.png"), Map.of());
        assertEquals(200, uploaded.statusCode(), uploaded.body());
        assertEquals(path, ApiClient.json(uploaded.body(), "coverUrl"));
        String sha = TestDatabase.queryString("select cover_sha256 from standard_course where id = ?", course);
        assertNotNull(sha);
        HttpResponse<byte[]> picture = lead.getBytes(path);
        assertEquals(200, picture.statusCode());
        assertEquals("image/png", picture.headers().firstValue("Content-Type").orElse(""));
        assertArrayEquals(PNG_MAGIC, Arrays.copyOf(picture.body(), 4), "a PNG redrawn by the platform");
        assertEquals(404, ApiClient.anonymous().getBytes(path).statusCode(), "a draft's cover is not shown");

        HttpResponse<String> text = lead.upload(path, "cover.png", "这不是图片".getBytes(StandardCharsets.UTF_8),
                Map.of());
        assertEquals(400, text.statusCode(), text.body());
        assertTrue(text.body().contains("不是可用的图片"), text.body());
        HttpResponse<String> english = lead.inLanguage("en").upload(path, "cover.png", new byte[] {1, 2, 3},
                Map.of());
        assertEquals(400, english.statusCode(), english.body());
        assertTrue(english.body().contains("is not a usable picture"), english.body());
        assertEquals(sha, TestDatabase.queryString("select cover_sha256 from standard_course where id = ?", course));

        ApiClient colleague = ApiClient.as(world.people.author);
        assertEquals(404, colleague.upload(path, "x.png", TestResources.sample("sample.png"), Map.of()).statusCode());
        world.submitAndApprove(course);
        HttpResponse<byte[]> shown = ApiClient.anonymous().getBytes(path);
        assertEquals(200, shown.statusCode(), "published: the cover is public");
        assertArrayEquals(picture.body(), shown.body());
        HttpResponse<String> refused = colleague.upload(path, "x.png", TestResources.sample("sample.png"), Map.of());
        assertEquals(403, refused.statusCode(), refused.body());
        assertEquals(1, TestDatabase.queryLong("select count(*) from audit_record where action = 'COURSE_COVER_CHANGE'"
                + " and outcome = 'DENIED' and target = ?", "course:" + course), "the refusal is audited");
        assertEquals(sha, TestDatabase.queryString("select cover_sha256 from standard_course where id = ?", course));
    }

    @Test
    void withoutAFilePart_orForACourseThatDoesNotExist_theAnswerSaysSo() throws Exception {
        ApiClient lead = ApiClient.as(world.people.courseLead);
        long course = courseWithOneItem(lead);
        HttpResponse<String> noFile = lead.postBytes("/api/v1/courses/" + course + "/cover",
                "multipart/form-data; boundary=x", "--x--\r\n".getBytes(StandardCharsets.US_ASCII));
        assertEquals(400, noFile.statusCode(), noFile.body());
        assertEquals(404, lead.getBytes("/api/v1/courses/" + course + "/cover").statusCode(), "no cover yet");
        assertEquals(404, lead.getBytes("/api/v1/courses/999999999/cover").statusCode());
        assertEquals(404, lead.upload("/api/v1/courses/999999999/cover", "a.png", TestResources.sample("sample.png"),
                Map.of()).statusCode());
        assertEquals(null, TestDatabase.queryString("select cover_sha256 from standard_course where id = ?", course));
    }

    private static long courseWithOneItem(ApiClient lead) throws Exception {
        String code = "COVER-" + SUFFIX + "-" + System.nanoTime() % 1000;
        HttpResponse<String> created = lead.postJson("/api/v1/courses", "{\"libraryId\":" + world.people.library
                + ",\"code\":\"" + code + "\",\"name\":\"封面 " + code + "\"}");
        assertEquals(201, created.statusCode(), created.body());
        long course = Long.parseLong(ApiClient.json(created.body(), "id"));
        long module = node(lead, course, "{\"title\":\"模块\"}");
        long topic = node(lead, course, "{\"parentId\":" + module + ",\"title\":\"主题\"}");
        node(lead, course, "{\"parentId\":" + topic + ",\"title\":\"条目\",\"itemKind\":\"RESOURCE\",\"resourceId\":"
                + resource + "}");
        return course;
    }

    /** Adds the node and answers its id (the course's newest node). */
    private static long node(ApiClient lead, long course, String json) throws Exception {
        HttpResponse<String> added = lead.postJson("/api/v1/courses/" + course + "/outline/nodes", json);
        assertEquals(201, added.statusCode(), added.body());
        return TestDatabase.queryLong("select max(id) from course_node where course_id = ?", course);
    }

    @Test
    void leadAddsAndRemovesATeamMember_membersCannotChangeTheTeam() throws Exception {
        ApiClient lead = ApiClient.as(world.people.courseLead);
        ApiClient member = ApiClient.as(world.people.author);
        long course = courseWithOneItem(lead);
        String team = "/api/v1/courses/" + course + "/team";
        assertEquals(404, member.putJson("/api/v1/courses/" + course, "{\"name\":\"改名\"}").statusCode());
        HttpResponse<String> added = lead.postJson(team, "{\"username\":\"" + world.people.author + "\"}");
        assertEquals(200, added.statusCode(), added.body());
        long memberId = world.account(world.people.author);
        assertTrue(added.body().contains(Long.toString(memberId)), added.body());
        HttpResponse<String> edited = member.putJson("/api/v1/courses/" + course, "{\"name\":\"团队改名\"}");
        assertEquals(200, edited.statusCode(), "a member edits the draft: " + edited.body());

        HttpResponse<String> byMember = member.postJson(team, "{\"username\":\"" + world.people.reviewer + "\"}");
        assertEquals(403, byMember.statusCode(), byMember.body());
        assertEquals(403, member.delete(team + "/" + memberId).statusCode());
        assertEquals(1, TestDatabase.queryLong("select count(*) from audit_record where action = 'COURSE_TEAM_GRANT'"
                + " and outcome = 'DENIED' and target = ?", "course:" + course), "the refusal is audited");
        assertEquals(1, TestDatabase.queryLong("select count(*) from audit_record where action = 'COURSE_TEAM_REVOKE'"
                + " and outcome = 'DENIED' and target = ?", "course:" + course), "the refusal is audited");

        HttpResponse<String> leadStays = lead.delete(team + "/" + world.account(world.people.courseLead));
        assertEquals(400, leadStays.statusCode(), leadStays.body());
        assertTrue(leadStays.body().contains("课程负责人不能移出课程团队"), leadStays.body());
        assertEquals(404, lead.delete(team + "/x").statusCode());
        HttpResponse<String> removed = lead.delete(team + "/" + memberId);
        assertEquals(200, removed.statusCode(), removed.body());
        assertEquals(404, member.putJson("/api/v1/courses/" + course, "{\"name\":\"再改\"}").statusCode(),
                "off the team, the draft is not theirs to see");
        assertEquals("团队改名", TestDatabase.queryString("select name from standard_course where id = ?", course));
    }

    @Test
    void anOversizedPicture_isRefused_andCrossSiteChanges_withTheLeadsSession_changeNothing() throws Exception {
        ApiClient lead = ApiClient.as(world.people.courseLead);
        long course = courseWithOneItem(lead);
        String path = "/api/v1/courses/" + course + "/cover";
        byte[] tooLarge = Arrays.copyOf(TestResources.sample("sample.png"), (int) (5L * 1024 * 1024 + 1));
        HttpResponse<String> oversized = lead.upload(path, "big.png", tooLarge, Map.of());
        assertEquals(413, oversized.statusCode(), oversized.body());
        assertTrue(oversized.body().contains("超过大小上限（5 MB）"), oversized.body());
        assertEquals(200, lead.postJson("/api/v1/courses/" + course + "/team", "{\"username\":\""
                + world.people.author + "\"}").statusCode());
        long member = world.account(world.people.author);

        CrossSiteApi victim = CrossSiteApi.victim(world.people.courseLead);
        victim.assertLive();
        HttpResponse<String> cover = victim.send("POST", path, null);
        assertEquals(403, cover.statusCode(), cover.body());
        assertTrue(cover.body().contains(CrossSiteApi.REFUSED_ZH), cover.body());
        HttpResponse<String> removal = victim.send("DELETE", "/api/v1/courses/" + course + "/team/" + member, null);
        assertEquals(403, removal.statusCode(), removal.body());
        assertEquals(null, TestDatabase.queryString("select cover_sha256 from standard_course where id = ?", course));
        assertEquals(1, TestDatabase.queryLong("select count(*) from role_grant where user_id = ? and scope_type ="
                + " 'COURSE' and scope_id = ?", member, course), "the member stays on the team");
    }
}
