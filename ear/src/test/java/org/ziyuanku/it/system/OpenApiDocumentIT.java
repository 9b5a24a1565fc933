package org.ziyuanku.it.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.ziyuanku.it.Deployments;
import org.ziyuanku.it.support.RestEndpoints;
import org.ziyuanku.it.support.RestEndpoints.ResourceMethod;

/**
 * {@code /openapi} on the public port (WildFly's MicroProfile OpenAPI layer) describes the REST API to anyone: every
 * JAX-RS resource method of the web module, found by reflection over its compiled classes (so endpoints added or moved
 * later are checked too), appears with its path, HTTP method, path and query parameters and its error answers, which
 * have the API's error shape ({@code ApiError}).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class OpenApiDocumentIT {

    private static final HttpClient CLIENT = HttpClient.newHttpClient();
    private static final Set<String> CHANGES = Set.of("post", "put", "patch", "delete");

    @Test
    void openApi_isPublic_inYamlAndJson() throws Exception {
        HttpResponse<String> yaml = fetch("/openapi", null);
        assertEquals(200, yaml.statusCode(), yaml.body());
        assertTrue(yaml.body().startsWith("---") || yaml.body().startsWith("openapi:"), yaml.body());
        assertTrue(yaml.body().contains("/api/v1/libraries"), "YAML by default");

        HttpResponse<String> json = fetch("/openapi", "application/json");
        assertEquals(200, json.statusCode());
        JsonObject document = parse(json.body());
        assertTrue(document.getString("openapi").startsWith("3."), document.getString("openapi"));
        assertTrue(document.getJsonObject("info").getString("title").contains("ZiYuanKu"));
        assertEquals(document.getJsonObject("paths").keySet(), parse(fetch("/openapi?format=JSON", null).body())
                .getJsonObject("paths").keySet(), "?format=JSON gives the same document");
    }

    @Test
    void everyResourceMethod_appearsWithItsParametersAndErrorAnswers() throws Exception {
        HttpResponse<String> response = fetch("/openapi?format=JSON", null);
        assertEquals(200, response.statusCode(), response.body());
        JsonObject document = parse(response.body());
        JsonObject paths = document.getJsonObject("paths");

        List<ResourceMethod> methods = RestEndpoints.inWebModule();
        assertTrue(methods.size() >= 40, "the web module's endpoints were found: " + methods.size());
        List<String> missing = new ArrayList<>();
        for (ResourceMethod method : methods) {
            JsonObject item = paths.getJsonObject(method.path());
            JsonObject operation = item == null ? null : item.getJsonObject(method.httpMethod());
            if (operation == null) {
                missing.add(method + ": no " + method.httpMethod() + " " + method.path());
                continue;
            }
            Set<String> documented = parameters(item, operation, document);
            method.parameters().stream().filter(p -> !documented.contains(p))
                    .forEach(p -> missing.add(method + ": parameter " + p + " not documented"));
            errorAnswers(method).stream().filter(status -> !isApiError(operation, status, document))
                    .forEach(status -> missing.add(method + ": no " + status + " answer with the ApiError shape"));
        }
        assertEquals(List.of(), missing, missing.size() + " gaps in /openapi");
    }

    private static List<String> errorAnswers(ResourceMethod method) {
        List<String> statuses = new ArrayList<>(List.of("400", "401", "403", "404"));
        if (CHANGES.contains(method.httpMethod())) {
            statuses.add("409");
        }
        return statuses;
    }

    /** "in:name" of the parameters of the operation and of its path item (shared path parameters live there). */
    private static Set<String> parameters(JsonObject item, JsonObject operation, JsonObject document) {
        Set<String> names = new HashSet<>();
        for (JsonObject owner : List.of(item, operation)) {
            if (owner.containsKey("parameters")) {
                owner.getJsonArray("parameters").getValuesAs(JsonObject.class).stream()
                        .map(p -> resolve(p, document)).forEach(p -> names.add(p.getString("in") + ":"
                                + p.getString("name")));
            }
        }
        return names;
    }

    private static boolean isApiError(JsonObject operation, String status, JsonObject document) {
        JsonObject responses = operation.getJsonObject("responses");
        if (responses == null || !responses.containsKey(status)) {
            return false;
        }
        JsonObject answer = resolve(responses.getJsonObject(status), document);
        JsonObject content = answer.getJsonObject("content");
        if (content == null || !content.containsKey("application/json")) {
            return false;
        }
        JsonObject schema = content.getJsonObject("application/json").getJsonObject("schema");
        return schema != null && schema.getString("$ref", "").equals("#/components/schemas/ApiError")
                && document.getJsonObject("components").getJsonObject("schemas").getJsonObject("ApiError")
                        .getJsonObject("properties").keySet().containsAll(List.of("status", "error", "message"));
    }

    /** Follows a local {@code $ref} ("#/components/responses/NotFound") to the object it names. */
    private static JsonObject resolve(JsonObject object, JsonObject document) {
        String ref = object.getString("$ref", null);
        if (ref == null) {
            return object;
        }
        JsonValue target = document;
        for (String part : ref.substring(2).split("/")) {
            target = target.asJsonObject().get(part);
        }
        return target.asJsonObject();
    }

    private static HttpResponse<String> fetch(String path, String accept) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(Deployments.BASE_URL + path)).GET();
        if (accept != null) {
            request.header("Accept", accept);
        }
        return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static JsonObject parse(String json) {
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            return reader.readObject();
        }
    }
}
