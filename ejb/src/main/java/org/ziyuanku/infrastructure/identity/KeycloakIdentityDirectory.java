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
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * {@link IdentityDirectory} on Keycloak's admin REST API, signed in as the service account of the confidential
 * client {@code ziyuanku-admin-bridge} (realm-management: view-users, manage-users, query-users, view-events). The
 * realm URL and secret come from {@code zyk.oidc.provider.url}/{@code ZYK_OIDC_PROVIDER_URL} and
 * {@code zyk.admin.bridge.secret}/{@code ZYK_ADMIN_BRIDGE_SECRET}, as WildFly's OIDC client reads them.
 */
@ApplicationScoped
public class KeycloakIdentityDirectory implements IdentityDirectory {

    private static final String CONFIGURE_TOTP = "CONFIGURE_TOTP";
    private static final String UPDATE_PASSWORD = "UPDATE_PASSWORD";
    private static final String VERIFY_EMAIL = "VERIFY_EMAIL";
    private static final int EVENT_PAGE = 200;
    /** How long the link of an invitation e-mail works: three days. */
    static final int INVITATION_LIFESPAN_SECONDS = 3 * 24 * 3600;

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

    /** One user query per name, all under one admin token, brief representations (they carry the address). */
    @Override
    public Map<String, String> emailsOf(Collection<String> usernames) {
        List<String> names = usernames.stream().distinct().toList();
        List<JsonArray> answers = api.getArrays(names.stream().map(n -> userQuery(n, true)).toList());
        Map<String, String> emails = new HashMap<>();
        for (int i = 0; i < names.size(); i++) {
            String username = names.get(i);
            matching(answers.get(i), username).map(u -> u.getString("email", "").strip()).filter(e -> e.contains("@"))
                    .ifPresent(email -> emails.put(username, email));
        }
        return emails;
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
        changeRoleMapping(requireUser(username).getString("id"), username, roleName, add);
    }

    private void changeRoleMapping(String userId, String username, String roleName, boolean add) {
        JsonObject role = api.getObject("/roles/" + roleName);
        JsonArray body = Json.createArrayBuilder().add(role).build();
        String path = "/users/" + userId + "/role-mappings/realm";
        Response response = add ? api.post(path, body) : api.deleteWithBody(path, body);
        api.requireSuccess(response, (add ? "add " : "remove ") + roleName + " for " + username);
    }

    @Override
    public void requireTwoFactor(String username) {
        JsonObject user = requireUser(username);
        boolean hasOtp = credentials(user).anyMatch(c -> "otp".equals(c.getString("type", "")));
        if (!hasOtp) {
            addRequiredAction(user, CONFIGURE_TOTP);
        }
    }

    @Override
    public boolean requirePasswordChangeIfSetBefore(String username, Instant cutoff) {
        Optional<JsonObject> user = findUser(username);
        boolean old = user.isPresent() && credentials(user.get()).filter(c -> "password".equals(c.getString("type", "")))
                .anyMatch(c -> c.containsKey("createdDate") && c.getJsonNumber("createdDate").longValue()
                        < cutoff.toEpochMilli());
        return old && addRequiredAction(user.get(), UPDATE_PASSWORD);
    }

    private Stream<JsonObject> credentials(JsonObject user) {
        return api.getArray("/users/" + user.getString("id") + "/credentials").stream().map(JsonValue::asJsonObject);
    }

    /** Adds a required action unless it is pending already; returns whether it was added. */
    private boolean addRequiredAction(JsonObject user, String action) {
        JsonArray actions = user.getJsonArray("requiredActions");
        boolean pending = actions != null && actions.stream().anyMatch(a -> action.equals(((JsonString) a).getString()));
        if (pending) {
            return false;
        }
        var updated = Json.createArrayBuilder(actions == null ? JsonValue.EMPTY_JSON_ARRAY : actions).add(action);
        JsonObject body = Json.createObjectBuilder(user).add("requiredActions", updated).build();
        api.requireSuccess(api.put("/users/" + user.getString("id"), body),
                "require " + action + " for " + user.getString("username", ""));
        return true;
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

    @Override
    public boolean hasUser(String username) {
        return findUser(username, true).isPresent();
    }

    @Override
    public boolean hasEmail(String email) {
        String query = "/users?exact=true&briefRepresentation=true&email=" + URLEncoder.encode(email,
                StandardCharsets.UTF_8);
        return api.getArray(query).stream().map(JsonValue::asJsonObject)
                .anyMatch(u -> email.equalsIgnoreCase(u.getString("email", "")));
    }

    @Override
    public void invite(String username, String displayName, String email, String realmRole) {
        String[] names = nameParts(displayName);
        JsonObject user = Json.createObjectBuilder().add("username", username).add("email", email)
                .add("emailVerified", false).add("enabled", true).add("lastName", names[0]).add("firstName", names[1])
                .add("requiredActions", Json.createArrayBuilder().add(UPDATE_PASSWORD).add(VERIFY_EMAIL)).build();
        Response created = api.post("/users", user);
        URI location = created.getLocation();
        api.requireSuccess(created, "create " + username);
        // Keycloak answers 201 with the new user's URI: no need to look the user up again for each step
        String userId = location == null ? requireUser(username).getString("id")
                : location.getPath().substring(location.getPath().lastIndexOf('/') + 1);
        try {
            changeRoleMapping(userId, username, realmRole, true);
            JsonArray actions = Json.createArrayBuilder().add(UPDATE_PASSWORD).add(VERIFY_EMAIL).build();
            api.requireSuccess(api.put("/users/" + userId + "/execute-actions-email?lifespan="
                    + INVITATION_LIFESPAN_SECONDS, actions), "send the invitation e-mail to " + username);
        } catch (IdentityDirectoryException e) {
            api.requireSuccess(api.delete("/users/" + userId), "remove the half-invited " + username);
            throw e;
        }
    }

    /** Surname and given name for Keycloak: "张三" → 张, 三; "Li Lei" → Li, Lei; a single word is both. */
    static String[] nameParts(String name) {
        String plain = name.strip();
        int space = plain.indexOf(' ');
        if (space > 0) {
            return new String[] {plain.substring(0, space), plain.substring(space + 1).strip()};
        }
        int first = plain.offsetByCodePoints(0, Math.min(1, plain.codePointCount(0, plain.length())));
        return first < plain.length() ? new String[] {plain.substring(0, first), plain.substring(first)}
                : new String[] {plain, plain};
    }

    private Optional<JsonObject> findUser(String username) {
        return findUser(username, false);
    }

    /** The user; the brief representation lacks attributes and required actions, enough to know one exists. */
    private Optional<JsonObject> findUser(String username, boolean brief) {
        return matching(api.getArray(userQuery(username, brief)), username);
    }

    private static String userQuery(String username, boolean brief) {
        return "/users?exact=true&briefRepresentation=" + brief + "&username="
                + URLEncoder.encode(username, StandardCharsets.UTF_8);
    }

    private static Optional<JsonObject> matching(JsonArray users, String username) {
        return users.stream().map(JsonValue::asJsonObject)
                .filter(u -> username.equalsIgnoreCase(u.getString("username", ""))).findFirst();
    }

    private JsonObject requireUser(String username) {
        return findUser(username).orElseThrow(() -> new IdentityDirectoryException("No such user in Keycloak: "
                + username));
    }

    /** Keycloak answers newest first: pages are read until one reaches events older than asked for. */
    @Override
    public List<IdentityEvent> eventsSince(long sinceMillis, Set<String> types, int max) {
        String from = Instant.ofEpochMilli(sinceMillis).atZone(ZoneOffset.UTC).toLocalDate().minusDays(1).toString();
        StringBuilder query = new StringBuilder("/events?dateFrom=" + from + "&max=" + EVENT_PAGE);
        types.forEach(t -> query.append("&type=").append(t));
        List<IdentityEvent> events = new ArrayList<>();
        for (int first = 0; first < max; first += EVENT_PAGE) {
            JsonArray page = api.getArray(query + "&first=" + first);
            boolean older = false;
            for (JsonValue value : page) {
                IdentityEvent event = event(value.asJsonObject());
                older |= event.time() < sinceMillis;
                if (event.time() >= sinceMillis) {
                    events.add(event);
                }
            }
            if (page.size() < EVENT_PAGE || older) {
                break;
            }
        }
        events.sort(Comparator.comparingLong(IdentityEvent::time));
        return events;
    }

    /** One event in Keycloak's representation; the user name is in the details when Keycloak knows it. */
    private static IdentityEvent event(JsonObject e) {
        long time = e.getJsonNumber("time").longValue();
        JsonObject details = e.containsKey("details") ? e.getJsonObject("details") : JsonValue.EMPTY_JSON_OBJECT;
        return new IdentityEvent(e.getString("id", e.getString("type", "") + "@" + time), time, e.getString("type", ""),
                details.getString("username", e.getString("userId", "-")), e.getString("ipAddress", "-"),
                e.getString("error", ""));
    }
}
