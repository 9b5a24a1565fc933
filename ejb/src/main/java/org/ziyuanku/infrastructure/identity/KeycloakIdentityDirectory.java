package org.ziyuanku.infrastructure.identity;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.core.Response;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * {@link IdentityDirectory} on Keycloak's admin REST API, signed in as the service account of the confidential
 * client {@code ziyuanku-admin-bridge} (realm-management: view-users, manage-users, query-users, view-events). The
 * realm URL and secret come from {@code zyk.oidc.provider.url}/{@code ZYK_OIDC_PROVIDER_URL} and
 * {@code zyk.admin.bridge.secret}/{@code ZYK_ADMIN_BRIDGE_SECRET}, as WildFly's OIDC client reads them.
 */
@ApplicationScoped
public class KeycloakIdentityDirectory implements IdentityDirectory {

    private static final String CONFIGURE_TOTP = "CONFIGURE_TOTP";

    private KeycloakAdminApi api;

    @PostConstruct
    void connect() {
        api = new KeycloakAdminApi(KeycloakAdminApi.Settings.fromEnvironment());
    }

    @PreDestroy
    void disconnect() {
        api.close();
    }

    @Override
    public Optional<String> displayNameOf(String username) {
        return findUser(username).map(u -> {
            String name = (u.getString("lastName", "") + " " + u.getString("firstName", "")).strip();
            return name.isEmpty() ? username : name;
        });
    }

    @Override
    public void addRealmRole(String username, String roleName) {
        changeRoleMapping(username, roleName, true);
    }

    @Override
    public void removeRealmRole(String username, String roleName) {
        changeRoleMapping(username, roleName, false);
    }

    private void changeRoleMapping(String username, String roleName, boolean add) {
        String userId = requireUser(username).getString("id");
        JsonObject role = api.getObject("/roles/" + roleName);
        JsonArray body = Json.createArrayBuilder().add(role).build();
        String path = "/users/" + userId + "/role-mappings/realm";
        Response response = add ? api.post(path, body) : api.deleteWithBody(path, body);
        api.requireSuccess(response, (add ? "add " : "remove ") + roleName + " for " + username);
    }

    @Override
    public void requireTwoFactor(String username) {
        JsonObject user = requireUser(username);
        String userId = user.getString("id");
        boolean hasOtp = api.getArray("/users/" + userId + "/credentials").stream()
                .map(JsonValue::asJsonObject).anyMatch(c -> "otp".equals(c.getString("type", "")));
        JsonArray actions = user.getJsonArray("requiredActions");
        boolean pending = actions != null && actions.stream()
                .anyMatch(a -> CONFIGURE_TOTP.equals(((JsonString) a).getString()));
        if (hasOtp || pending) {
            return;
        }
        var updated = Json.createArrayBuilder(actions == null ? JsonValue.EMPTY_JSON_ARRAY : actions).add(CONFIGURE_TOTP);
        JsonObject body = Json.createObjectBuilder(user).add("requiredActions", updated).build();
        api.requireSuccess(api.put("/users/" + userId, body), "require TOTP for " + username);
    }

    @Override
    public void setEnabled(String username, boolean enabled) {
        JsonObject user = requireUser(username);
        String userId = user.getString("id");
        // the whole representation goes back: Keycloak's user profile treats missing attributes as removed
        JsonObject body = Json.createObjectBuilder(user).add("enabled", enabled).build();
        api.requireSuccess(api.put("/users/" + userId, body), (enabled ? "enable " : "disable ") + username);
        if (!enabled) {
            api.requireSuccess(api.post("/users/" + userId + "/logout", JsonValue.EMPTY_JSON_OBJECT),
                    "end sessions of " + username);
        }
    }

    private Optional<JsonObject> findUser(String username) {
        String query = "/users?exact=true&briefRepresentation=false&username="
                + URLEncoder.encode(username, StandardCharsets.UTF_8);
        return api.getArray(query).stream().map(JsonValue::asJsonObject)
                .filter(u -> username.equalsIgnoreCase(u.getString("username", ""))).findFirst();
    }

    private JsonObject requireUser(String username) {
        return findUser(username).orElseThrow(() -> new IdentityDirectoryException("No such user in Keycloak: "
                + username));
    }
}
