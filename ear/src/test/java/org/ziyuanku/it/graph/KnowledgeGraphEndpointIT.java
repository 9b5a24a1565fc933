package org.ziyuanku.it.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.ziyuanku.it.support.ApiClient;
import org.ziyuanku.it.support.ApiRefusals;
import org.ziyuanku.it.support.CrossSiteApi;
import org.ziyuanku.it.support.TestDatabase;
import org.ziyuanku.it.support.TestKeycloak;
import org.ziyuanku.it.support.TestResources;

/**
 * {@code /api/v1/libraries/{id}/graph}: anyone reads the welding library's graph and a node's published resources; a
 * taken-down resource disappears from it; the library's administrator changes it (nodes, edges, tags, merge, JSON and
 * Excel exchange); a teacher of another school is refused (403, audited DENIED), anonymous changes need an account;
 * bad input is 400 in the caller's language; a change sent from another site with the administrator's cookie is
 * refused and changes nothing.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class KnowledgeGraphEndpointIT {

    private static final String SUFFIX = "-g" + System.currentTimeMillis() % 100_000;
    private static final String ADMIN = "graph-admin" + SUFFIX;
    private static final String TEACHER = "graph-teacher" + SUFFIX;
    private static final String OUTSIDER = "graph-outsider" + SUFFIX;
    private static long library;

    @BeforeAll
    static void people() throws Exception {
        TestKeycloak.ensureRunning();
        library = TestResources.contributor(TEACHER);
        TestResources.libraryAdministrator(ADMIN, library);
        TestResources.outsider(OUTSIDER);
    }

    @AfterAll
    static void deleteWhatWasCreated() throws Exception {
        GraphWorld.forgetNodes(SUFFIX);
        TestResources.forget(TEACHER, ADMIN, OUTSIDER);
    }

    @Test
    void anonymousRead_showsNodesEdgesAndPublishedResources_andATakenDownResourceDisappears() throws Exception {
        long resource = GraphWorld.publishedResource(TEACHER, library, "平焊示范" + SUFFIX);
        long skill = GraphWorld.node(ADMIN, library, "SKILL", "平焊操作" + SUFFIX);
        long job = GraphWorld.node(ADMIN, library, "JOB", "焊工" + SUFFIX);
        long edge = GraphWorld.edge(ADMIN, library, skill, job, "SUPPORTS");
        GraphWorld.tag(ADMIN, library, skill, "resource", resource);

        HttpResponse<String> graph = ApiClient.anonymous().get(GraphWorld.graph(library));
        assertEquals(200, graph.statusCode(), graph.body());
        assertTrue(graph.body().contains("\"name\":\"平焊操作" + SUFFIX + "\""), graph.body());
        assertTrue(graph.body().contains("{\"id\":" + edge + ",\"source\":" + skill + ",\"target\":" + job
                + ",\"type\":\"SUPPORTS\"}"), graph.body());
        assertTrue(graph.body().contains("\"editable\":false"), graph.body());
        JsonObject node = GraphWorld.object(ApiClient.anonymous().get(GraphWorld.graph(library) + "/nodes/" + skill)
                .body());
        assertEquals(resource, node.getJsonArray("resources").getJsonObject(0).getJsonNumber("id").longValue());
        assertEquals(1, node.getJsonObject("node").getInt("resources"));
        assertEquals(job, node.getJsonArray("neighbours").getJsonObject(0).getJsonNumber("id").longValue());

        HttpResponse<String> takenDown = ApiClient.as(ADMIN).postJson("/api/v1/resources/" + resource + "/take-down",
                "{\"reason\":\"版权存疑\"}");
        assertEquals(204, takenDown.statusCode(), takenDown.body());
        node = GraphWorld.object(ApiClient.anonymous().get(GraphWorld.graph(library) + "/nodes/" + skill).body());
        assertTrue(node.getJsonArray("resources").isEmpty(), node.toString());
        assertEquals(0, node.getJsonObject("node").getInt("resources"));
        assertEquals(1, TestDatabase.queryLong("select count(*) from graph_node_resource where node_id = ?", skill),
                "the tag stays, shown again when the resource is published again");
    }

    @Test
    void anotherSchoolsTeacher_isRefused_andAudited_anonymousChangesNeedAnAccount() throws Exception {
        long node = GraphWorld.node(ADMIN, library, "KNOWLEDGE", "焊接电弧" + SUFFIX);
        ApiClient outsider = ApiClient.as(OUTSIDER);
        assertEquals(403, outsider.postJson(GraphWorld.graph(library) + "/nodes",
                "{\"type\":\"SKILL\",\"name\":\"越权" + SUFFIX + "\"}").statusCode());
        assertEquals(403, outsider.putJson(GraphWorld.graph(library) + "/nodes/" + node,
                "{\"name\":\"改名" + SUFFIX + "\"}").statusCode());
        assertEquals(403, outsider.delete(GraphWorld.graph(library) + "/nodes/" + node).statusCode());
        assertEquals(403, outsider.postJson(GraphWorld.graph(library) + "/exchange",
                "{\"nodes\":[],\"edges\":[]}").statusCode());
        assertEquals(403, ApiClient.as(TEACHER).delete(GraphWorld.graph(library) + "/nodes/" + node).statusCode(),
                "a teacher of a participating school is no course team of it");
        int anonymous = ApiClient.anonymous().postJson(GraphWorld.graph(library) + "/nodes",
                "{\"type\":\"SKILL\",\"name\":\"匿名" + SUFFIX + "\"}").statusCode();
        assertTrue(anonymous == 401 || anonymous == 302 || anonymous == 403, "anonymous: " + anonymous);
        assertEquals(0, TestDatabase.queryLong("select count(*) from graph_node where name in (?, ?, ?)",
                "越权" + SUFFIX, "改名" + SUFFIX, "匿名" + SUFFIX));
        assertEquals(1, TestDatabase.queryLong("select count(*) from graph_node where id = ?", node));
        assertTrue(TestDatabase.queryLong("select count(*) from audit_record where actor = ? and action ="
                + " 'GRAPH_CHANGE' and outcome = 'DENIED' and scope = ?", OUTSIDER, "library:" + library) >= 3);
        assertEquals(404, ApiClient.anonymous().get("/api/v1/libraries/999999999/graph").statusCode());
        assertEquals(404, ApiClient.anonymous().get(GraphWorld.graph(library) + "/nodes/999999999").statusCode());
    }

    @Test
    void badInput_isRefusedWith400InBothLanguages_duplicatesWith409() throws Exception {
        long a = GraphWorld.node(ADMIN, library, "SKILL", "立焊操作" + SUFFIX);
        ApiClient admin = ApiClient.as(ADMIN);
        String nodes = GraphWorld.graph(library) + "/nodes";
        ApiRefusals.assertBadRequestInBothLanguages(admin, "POST", nodes, "{\"type\":\"PLANET\",\"name\":\"x\"}");
        ApiRefusals.assertBadRequestInBothLanguages(admin, "POST", nodes, "{\"type\":\"SKILL\",\"name\":\"  \"}");
        ApiRefusals.assertBadRequestInBothLanguages(admin, "POST", nodes, "{\"type\":\"SKILL\",\"name\":\""
                + "x".repeat(101) + "\"}");
        ApiRefusals.assertBadRequestInBothLanguages(admin, "POST", GraphWorld.graph(library) + "/edges",
                "{\"source\":" + a + ",\"target\":" + a + ",\"type\":\"RELATED\"}");
        ApiRefusals.assertBadRequestInBothLanguages(admin, "POST", GraphWorld.graph(library) + "/exchange",
                "{\"nodes\":[{\"key\":\"a\",\"type\":\"SKILL\",\"name\":\"ok\"}],\"edges\":[{\"source\":\"a\","
                        + "\"target\":\"missing\",\"type\":\"RELATED\"}]}");
        ApiRefusals.assertBadRequest(admin.putJson(nodes + "/" + a + "/links/planet/1", ""));
        ApiRefusals.assertBadRequest(admin.postJson(nodes, "{\"type\":"));
        assertEquals(409, admin.postJson(nodes, "{\"type\":\"SKILL\",\"name\":\"立焊操作" + SUFFIX + "\"}")
                .statusCode());
        assertEquals(404, admin.putJson(nodes + "/" + a + "/links/resource/999999999", "").statusCode());
        assertEquals(0, TestDatabase.queryLong("select count(*) from graph_node where library_id = ? and name = 'ok'",
                library), "a refused import stores nothing");
    }

    @Test
    void merge_movesEdgesAndTags_andExchangeRoundTrips() throws Exception {
        long resource = GraphWorld.publishedResource(TEACHER, library, "熔滴过渡" + SUFFIX);
        long keep = GraphWorld.node(ADMIN, library, "KNOWLEDGE", "熔滴过渡" + SUFFIX);
        long twin = GraphWorld.node(ADMIN, library, "KNOWLEDGE", "熔滴过渡形式" + SUFFIX);
        long arc = GraphWorld.node(ADMIN, library, "KNOWLEDGE", "电弧" + SUFFIX);
        GraphWorld.edge(ADMIN, library, arc, twin, "PREREQUISITE");
        GraphWorld.tag(ADMIN, library, twin, "resource", resource);
        HttpResponse<String> merged = ApiClient.as(ADMIN).postJson(GraphWorld.graph(library) + "/nodes/" + keep
                + "/merge", "{\"from\":" + twin + "}");
        assertEquals(200, merged.statusCode(), merged.body());
        assertEquals(0, TestDatabase.queryLong("select count(*) from graph_node where id = ?", twin));
        assertEquals(1, TestDatabase.queryLong("select count(*) from graph_edge where source_id = ? and target_id = ?",
                arc, keep));
        assertEquals(1, TestDatabase.queryLong("select count(*) from graph_node_resource where node_id = ? and"
                + " resource_id = ?", keep, resource));

        String exported = ApiClient.anonymous().get(GraphWorld.graph(library) + "/exchange").body();
        assertTrue(exported.contains("\"name\":\"熔滴过渡" + SUFFIX + "\""), exported);
        HttpResponse<byte[]> workbook = ApiClient.anonymous().getBytes(GraphWorld.graph(library) + "/exchange/xlsx");
        assertEquals(200, workbook.statusCode());
        assertEquals('P', (char) workbook.body()[0], "a zip (xlsx)");
        HttpResponse<String> imported = ApiClient.as(ADMIN).postJson(GraphWorld.graph(library) + "/exchange",
                "{\"nodes\":[{\"key\":\"a\",\"type\":\"JOB\",\"name\":\"焊接质检员" + SUFFIX + "\"},{\"key\":\"b\","
                        + "\"type\":\"KNOWLEDGE\",\"name\":\"熔滴过渡" + SUFFIX + "\"}],\"edges\":[{\"source\":\"b\","
                        + "\"target\":\"a\",\"type\":\"SUPPORTS\"}]}");
        assertEquals(200, imported.statusCode(), imported.body());
        assertEquals("1", ApiClient.json(imported.body(), "nodesAdded"), imported.body());
        assertEquals("1", ApiClient.json(imported.body(), "edgesAdded"), imported.body());
        HttpResponse<byte[]> back = ApiClient.as(ADMIN).getBytes(GraphWorld.graph(library) + "/exchange/xlsx");
        HttpResponse<String> again = ApiClient.as(ADMIN).postBytes(GraphWorld.graph(library) + "/exchange/xlsx",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", back.body());
        assertEquals(200, again.statusCode(), again.body());
        assertEquals("0", ApiClient.json(again.body(), "nodesAdded"), "its own export adds nothing: " + again.body());
    }

    @Test
    void crossSiteChanges_withTheAdministratorsCookie_areRefused_andChangeNothing() throws Exception {
        long node = GraphWorld.node(ADMIN, library, "MODULE", "焊接方法" + SUFFIX);
        CrossSiteApi victim = CrossSiteApi.victim(ADMIN);
        victim.assertLive();
        String graph = GraphWorld.graph(library);
        CrossSiteApi.assertRefused(victim.send("POST", graph + "/nodes", "{\"type\":\"SKILL\",\"name\":\"跨站"
                + SUFFIX + "\"}"));
        CrossSiteApi.assertRefused(victim.send("PUT", graph + "/nodes/" + node, "{\"name\":\"跨站改名" + SUFFIX
                + "\"}"));
        CrossSiteApi.assertRefused(victim.send("DELETE", graph + "/nodes/" + node, null));
        CrossSiteApi.assertRefused(victim.send("POST", graph + "/edges", "{\"source\":" + node + ",\"target\":1,"
                + "\"type\":\"RELATED\"}"));
        CrossSiteApi.assertRefused(victim.send("POST", graph + "/exchange", "{\"nodes\":[],\"edges\":[]}"));
        assertEquals("焊接方法" + SUFFIX, TestDatabase.queryString("select name from graph_node where id = ?", node));
        assertEquals(0, TestDatabase.queryLong("select count(*) from graph_node where name = ?", "跨站" + SUFFIX));
        assertFalse(ApiClient.anonymous().get(graph).body().contains("跨站"));
    }
}
