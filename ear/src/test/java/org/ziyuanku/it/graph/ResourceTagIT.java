package org.ziyuanku.it.graph;

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
import org.ziyuanku.it.Deployments;
import org.ziyuanku.it.support.ApiClient;
import org.ziyuanku.it.support.ApiRefusals;
import org.ziyuanku.it.support.Http;
import org.ziyuanku.it.support.SessionSignIn;
import org.ziyuanku.it.support.TestDatabase;
import org.ziyuanku.it.support.TestKeycloak;
import org.ziyuanku.it.support.TestResources;

/**
 * Two-way annotation from the resource's side (issue 16 item 1): its uploader tags it with a skill point of the
 * library (the point is offered by name), the node then lists it, and removing the tag takes it off; the describe page
 * shows the tags and the field. A teacher of another school is refused (403, audited), a job node or an unknown node
 * is 404, a body without a node is 400.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ResourceTagIT {

    private static final String SUFFIX = "-tg" + System.currentTimeMillis() % 100_000;
    private static final String ADMIN = "tag-admin" + SUFFIX;
    private static final String TEACHER = "tag-teacher" + SUFFIX;
    private static final String OUTSIDER = "tag-outsider" + SUFFIX;
    private static final String SKILL = "仰焊技能" + SUFFIX;
    private static long library;
    private static long resource;
    private static long skill;
    private static long job;

    @BeforeAll
    static void aResourceAndTheLibrarysPoints() throws Exception {
        TestKeycloak.ensureRunning();
        library = TestResources.contributor(TEACHER);
        TestResources.libraryAdministrator(ADMIN, library);
        TestResources.outsider(OUTSIDER);
        resource = GraphWorld.publishedResource(TEACHER, library, "仰焊示范" + SUFFIX);
        skill = GraphWorld.node(ADMIN, library, "SKILL", SKILL);
        job = GraphWorld.node(ADMIN, library, "JOB", "仰焊岗位" + SUFFIX);
    }

    @AfterAll
    static void deleteWhatWasCreated() throws Exception {
        GraphWorld.forgetNodes(SUFFIX);
        TestResources.forget(TEACHER, ADMIN, OUTSIDER);
    }

    @Test
    void uploaderTagsFromTheResourceSide_theNodeListsIt_untagTakesItOff() throws Exception {
        ApiClient teacher = ApiClient.as(TEACHER);
        String choices = teacher.get(tags() + "/choices?q=" + Http.encode("仰焊")).body();
        assertTrue(choices.contains("\"nodeId\":" + skill + ",\"type\":\"SKILL\""), choices);
        assertFalse(choices.contains("\"nodeId\":" + job + ","), "a job is no point to tag with: " + choices);

        HttpResponse<String> tagged = teacher.postJson(tags(), "{\"nodeId\":" + skill + "}");
        assertEquals(200, tagged.statusCode(), tagged.body());
        assertTrue(tagged.body().contains("\"name\":\"" + SKILL + "\""), tagged.body());
        String node = ApiClient.anonymous().get(GraphWorld.graph(library) + "/nodes/" + skill).body();
        assertTrue(node.contains("\"id\":" + resource + ","), "the node lists the resource: " + node);

        String page = Http.get(Deployments.BASE_URL + "/console/resource/describe.xhtml?id=" + resource,
                SessionSignIn.cookies(TEACHER), "zh-CN").body();
        assertTrue(page.contains("知识点/技能点标注") && page.contains("id=\"tagForm\""), page);
        assertTrue(page.contains("data-node=\"" + skill + "\""), "the tag is on the page: " + page);

        HttpResponse<String> untagged = teacher.delete(tags() + "/" + skill);
        assertEquals(200, untagged.statusCode(), untagged.body());
        assertEquals("[]", untagged.body());
        for (String verb : new String[] {"tags", "untags"}) {
            assertEquals(1, TestDatabase.queryLong("select count(*) from audit_record where actor = ? and action ="
                    + " 'RESOURCE_TAG' and outcome = 'SUCCESS' and scope = ? and target = ? and detail = ?", TEACHER,
                    "library:" + library, "resource:" + resource, "node=" + skill + " " + verb + " resource:"
                    + resource), "the audit record names the node " + verb);
        }
        node = ApiClient.anonymous().get(GraphWorld.graph(library) + "/nodes/" + skill).body();
        assertTrue(node.contains("\"resources\":[]"), "the node lists no resource any more: " + node);
    }

    @Test
    void anOutsiderIsRefusedAndAudited_wrongNodesAre404_aMissingNodeIs400() throws Exception {
        HttpResponse<String> refused = ApiClient.as(OUTSIDER).postJson(tags(), "{\"nodeId\":" + skill + "}");
        assertEquals(403, refused.statusCode(), refused.body());
        assertEquals(1, TestDatabase.queryLong("select count(*) from audit_record where actor = ? and action ="
                + " 'RESOURCE_TAG' and outcome = 'DENIED'", OUTSIDER));
        assertEquals(403, ApiClient.as(OUTSIDER).delete(tags() + "/" + skill).statusCode());

        ApiClient teacher = ApiClient.as(TEACHER);
        assertEquals(404, teacher.postJson(tags(), "{\"nodeId\":" + job + "}").statusCode());
        assertEquals(404, teacher.postJson(tags(), "{\"nodeId\":999999999}").statusCode());
        assertEquals(404, teacher.postJson("/api/v1/resources/999999999/tags", "{\"nodeId\":" + skill + "}")
                .statusCode());
        ApiRefusals.assertBadRequestInBothLanguages(teacher, "POST", tags(), "{}");
        ApiRefusals.assertBadRequest(teacher.get(tags() + "/choices?q=" + "长".repeat(65)));
    }

    private static String tags() {
        return "/api/v1/resources/" + resource + "/tags";
    }
}
