package org.ziyuanku.infrastructure.identity;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonStructure;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.client.Client;
import jakarta.ws.rs.client.ClientBuilder;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.client.Invocation;
import jakarta.ws.rs.core.Form;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.StringReader;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Calls to one realm's admin REST API with a client-credentials token. A token is fetched per call (directory
 * changes are rare administrator actions, and nothing has to be cached on one node), or per batch of reads.
 */
final class KeycloakAdminApi {

    /** Where the realm is and the bridge client's credentials. */
    record Settings(String realmUrl, String clientId, String secret) {

        static Settings fromEnvironment() {
            String realm = setting("zyk.oidc.provider.url", "ZYK_OIDC_PROVIDER_URL",
                    "https://127.0.0.1:8180/realms/ziyuanku");
            String secret = setting("zyk.admin.bridge.secret", "ZYK_ADMIN_BRIDGE_SECRET", "ziyuanku-bridge-dev-secret");
            return new Settings(realm.replaceAll("/+$", ""), "ziyuanku-admin-bridge", secret);
        }

        private static String setting(String property, String env, String fallback) {
            String value = System.getProperty(property);
            if (value == null || value.isBlank()) {
                value = System.getenv(env);
            }
            return value == null || value.isBlank() ? fallback : value;
        }

        String adminBase() {
            return realmUrl.replace("/realms/", "/admin/realms/");
        }
    }

    private final Settings settings;
    private final Client client = ClientBuilder.newBuilder().connectTimeout(5, TimeUnit.SECONDS)
            .readTimeout(15, TimeUnit.SECONDS).build();

    KeycloakAdminApi(Settings settings) {
        this.settings = settings;
    }

    /** Releases the HTTP client's connections. */
    void close() {
        client.close();
    }

    JsonObject getObject(String path) {
        return (JsonObject) get(path);
    }

    JsonArray getArray(String path) {
        return (JsonArray) get(path);
    }

    /** The arrays the paths answer, in their order, read under one token. */
    List<JsonArray> getArrays(List<String> paths) {
        String token = token();
        return paths.stream().map(path -> (JsonArray) get(path, token)).toList();
    }

    private JsonStructure get(String path) {
        return get(path, token());
    }

    private JsonStructure get(String path, String token) {
        Response response = call(() -> request(path, token).get());
        String body = requireSuccess(response, "GET " + path);
        try (JsonReader reader = Json.createReader(new StringReader(body))) {
            return reader.read();
        }
    }

    Response post(String path, JsonStructure body) {
        return call(() -> request(path).post(Entity.json(body.toString())));
    }

    Response put(String path, JsonStructure body) {
        return call(() -> request(path).put(Entity.json(body.toString())));
    }

    Response delete(String path) {
        return call(() -> request(path).delete());
    }

    Response deleteWithBody(String path, JsonStructure body) {
        return call(() -> request(path).method("DELETE", Entity.json(body.toString())));
    }

    /** The response body when the status is 2xx; otherwise {@link IdentityDirectoryException} naming what failed. */
    String requireSuccess(Response response, String what) {
        try (response) {
            String body = response.hasEntity() ? response.readEntity(String.class) : "";
            if (response.getStatusInfo().getFamily() != Response.Status.Family.SUCCESSFUL) {
                throw new IdentityDirectoryException("Keycloak refused to " + what + ": HTTP " + response.getStatus()
                        + " " + body);
            }
            return body;
        }
    }

    private Invocation.Builder request(String path) {
        return request(path, token());
    }

    private Invocation.Builder request(String path, String token) {
        return client.target(settings.adminBase() + path).request(MediaType.APPLICATION_JSON_TYPE)
                .header("Authorization", "Bearer " + token);
    }

    private String token() {
        Form form = new Form().param("grant_type", "client_credentials").param("client_id", settings.clientId())
                .param("client_secret", settings.secret());
        Response response = call(() -> client.target(settings.realmUrl() + "/protocol/openid-connect/token")
                .request(MediaType.APPLICATION_JSON_TYPE).post(Entity.form(form)));
        String body = requireSuccess(response, "issue a token to " + settings.clientId());
        try (JsonReader reader = Json.createReader(new StringReader(body))) {
            return reader.readObject().getString("access_token");
        }
    }

    private static Response call(Supplier<Response> request) {
        try {
            return request.get();
        } catch (ProcessingException e) {
            throw new IdentityDirectoryException("Keycloak cannot be reached: " + e.getMessage(), e);
        }
    }
}
