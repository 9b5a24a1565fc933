package org.ziyuanku.it.support;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The few calls of Keycloak's admin REST API that test fixtures need, against the test Keycloak. */
final class KeycloakAdmin {

    private static final String BASE = "https://127.0.0.1:" + TestKeycloak.PORT;
    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    private KeycloakAdmin() {
    }

    /** A token for a user of the realm through the password grant of the given client. */
    static String token(String realm, String clientId, String clientSecret, String username, String password) {
        String form = "grant_type=password&client_id=" + clientId + (clientSecret == null ? "" : "&client_secret=" + clientSecret)
                + "&username=" + URLEncoder.encode(username, StandardCharsets.UTF_8)
                + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8);
        HttpResponse<String> response = send(HttpRequest.newBuilder(
                URI.create(BASE + "/realms/" + realm + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build());
        Matcher m = Pattern.compile("\"access_token\":\"([^\"]+)\"").matcher(response.body());
        if (response.statusCode() != 200 || !m.find()) {
            throw new IllegalStateException("no token for " + username + ": " + response.body());
        }
        return m.group(1);
    }

    static String token(String username, String password) {
        return token("master", "admin-cli", null, username, password);
    }

    static String createUser(String adminToken, String username, String password) {
        String json = "{\"username\":\"" + username + "\",\"enabled\":true,\"emailVerified\":true,\"email\":\""
                + username + "@test.ziyuanku.local\",\"firstName\":\"测\",\"lastName\":\"试\","
                + "\"credentials\":[{\"type\":\"password\",\"value\":\"" + password + "\",\"temporary\":false}]}";
        HttpResponse<String> created = send(admin(adminToken, "/users")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)).build());
        String location = created.headers().firstValue("Location")
                .orElseThrow(() -> new IllegalStateException("user not created: " + created.body()));
        return location.substring(location.lastIndexOf('/') + 1);
    }

    static void grantRealmRole(String adminToken, String userId, String role) {
        String representation = send(admin(adminToken, "/roles/" + role).GET().build()).body();
        HttpResponse<String> granted = send(admin(adminToken, "/users/" + userId + "/role-mappings/realm")
                .POST(HttpRequest.BodyPublishers.ofString("[" + representation + "]")).build());
        if (granted.statusCode() != 204) {
            throw new IllegalStateException("role not granted: " + granted.body());
        }
    }

    /** The user's representation as JSON (an array of at most one user). */
    static String userJson(String adminToken, String username) {
        return send(admin(adminToken, "/users?exact=true&briefRepresentation=false&username="
                + URLEncoder.encode(username, StandardCharsets.UTF_8)).GET().build()).body();
    }

    /** The user's realm role mappings as JSON, or an empty array when there is no such user. */
    static String realmRolesJson(String adminToken, String username) {
        Matcher id = Pattern.compile("\"id\":\"([^\"]+)\"")
                .matcher(userJson(adminToken, username));
        return id.find() ? send(admin(adminToken, "/users/" + id.group(1) + "/role-mappings/realm").GET().build())
                .body() : "[]";
    }

    /** The user's active sessions (SSO sessions at Keycloak) as JSON, or an empty array when there is no such user. */
    static String sessionsJson(String adminToken, String username) {
        Matcher id = Pattern.compile("\"id\":\"([^\"]+)\"")
                .matcher(userJson(adminToken, username));
        return id.find() ? send(admin(adminToken, "/users/" + id.group(1) + "/sessions").GET().build()).body() : "[]";
    }

    private static HttpRequest.Builder admin(String token, String path) {
        return HttpRequest.newBuilder(URI.create(BASE + "/admin/realms/ziyuanku" + path))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json");
    }

    private static HttpResponse<String> send(HttpRequest request) {
        try {
            return CLIENT.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
