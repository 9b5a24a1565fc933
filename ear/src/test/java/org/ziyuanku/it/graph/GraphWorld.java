package org.ziyuanku.it.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.sql.SQLException;
import org.ziyuanku.it.support.ApiClient;
import org.ziyuanku.it.support.TestDatabase;
import org.ziyuanku.it.support.TestResources;

/** Knowledge-graph fixtures: published resources of the welding library, graph nodes and edges made through the API. */
final class GraphWorld {

    private GraphWorld() {
    }

    /** The graph path of the library. */
    static String graph(long library) {
        return "/api/v1/libraries/" + library + "/graph";
    }

    /** A PNG uploaded by the contributor into the library with this title, published; its id. */
    static long publishedResource(String contributor, long library, String title) throws SQLException {
        HttpResponse<String> created = ApiClient.as(contributor).upload("/api/v1/libraries/" + library
                + "/resources", "graph-" + System.nanoTime() + ".png", TestResources.sample("sample.png"),
                ApiClient.fields("title", title, "courseName", "焊接工艺"));
        assertEquals(201, created.statusCode(), created.body());
        long id = Long.parseLong(ApiClient.json(created.body(), "id"));
        TestDatabase.update("update teaching_resource set status = 'PUBLISHED' where id = ?", id);
        return id;
    }

    /** A node added by the editor through the API; its id. */
    static long node(String editor, long library, String type, String name) {
        HttpResponse<String> created = ApiClient.as(editor).postJson(graph(library) + "/nodes",
                "{\"type\":\"" + type + "\",\"name\":\"" + name + "\",\"description\":\"测试节点\"}");
        assertEquals(201, created.statusCode(), created.body());
        return object(created.body()).getJsonObject("node").getJsonNumber("id").longValue();
    }

    /** An edge added by the editor; its id. */
    static long edge(String editor, long library, long source, long target, String type) {
        HttpResponse<String> created = ApiClient.as(editor).postJson(graph(library) + "/edges",
                "{\"source\":" + source + ",\"target\":" + target + ",\"type\":\"" + type + "\"}");
        assertEquals(201, created.statusCode(), created.body());
        return object(created.body()).getJsonNumber("id").longValue();
    }

    /** Tags the target (kind resource, course, course-item, question) with the node. */
    static void tag(String editor, long library, long node, String kind, long target) {
        HttpResponse<String> tagged = ApiClient.as(editor).putJson(graph(library) + "/nodes/" + node + "/links/"
                + kind + "/" + target, "");
        assertEquals(204, tagged.statusCode(), tagged.body());
    }

    static JsonObject object(String json) {
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            return reader.readObject();
        }
    }

    /** Deletes the nodes (with their edges and tags) whose names end with the suffix. */
    static void forgetNodes(String suffix) throws SQLException {
        TestDatabase.update("delete from graph_node where name like ?", "%" + suffix);
    }
}
