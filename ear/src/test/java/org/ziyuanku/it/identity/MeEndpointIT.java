package org.ziyuanku.it.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.ziyuanku.it.Deployments;
import org.ziyuanku.it.support.TestKeycloak;

/**
 * REST calls under /api/v1 accept a bearer token from the ziyuanku realm; without credentials they answer 401 with a
 * JSON body in the caller's language and {@code WWW-Authenticate: Bearer}, whatever the client accepts.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class MeEndpointIT {

    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    @BeforeAll
    static void keycloak() {
        TestKeycloak.ensureRunning();
    }

    @Test
    void bearerToken_identifiesTheCaller() throws Exception {
        String token = TestKeycloak.accessToken("teacher");
        HttpResponse<String> me = CLIENT.send(HttpRequest.newBuilder(URI.create(Deployments.BASE_URL + "/api/v1/me"))
                .header("Authorization", "Bearer " + token).header("Accept", "application/json").build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, me.statusCode(), me.body());
        assertTrue(me.body().contains("\"username\":\"teacher\""), me.body());
        assertTrue(me.body().contains("\"teacher\"") && me.body().contains("\"learner\""), me.body());
    }

    @Test
    void auditTrail_isClosedToEveryoneButTheAuditAdministrator() throws Exception {
        HttpResponse<String> teacher = CLIENT.send(HttpRequest.newBuilder(
                URI.create(Deployments.BASE_URL + "/api/v1/audit/verification"))
                .header("Authorization", "Bearer " + TestKeycloak.accessToken("teacher")).header("Accept", "application/json").build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(403, teacher.statusCode(), teacher.body());
    }

    @Test
    void withoutToken_theApiRefuses_andABadTokenToo() throws Exception {
        HttpResponse<String> anonymous = CLIENT.send(HttpRequest.newBuilder(
                URI.create(Deployments.BASE_URL + "/api/v1/me")).header("Accept", "application/json").build(),
                HttpResponse.BodyHandlers.ofString());
        assertNotEquals(200, anonymous.statusCode());
        HttpResponse<String> forged = CLIENT.send(HttpRequest.newBuilder(URI.create(Deployments.BASE_URL + "/api/v1/me"))
                .header("Authorization", "Bearer not.a.token").header("Accept", "application/json").build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(401, forged.statusCode());
    }

    @Test
    void withoutCredentials_everyKindOfClientGets401WithJson_neverARedirectToTheSignInPage() throws Exception {
        for (String accept : new String[] {null, "application/json", "*/*", "text/html,application/xhtml+xml,*/*;q=0.8"}) {
            HttpResponse<String> me = CLIENT.send(anonymous("/api/v1/me", accept, null).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            assertUnauthorizedJson(me, "请先登录", "Accept " + accept);
        }
        HttpResponse<String> english = CLIENT.send(anonymous("/api/v1/notifications/read-all", "*/*", "en")
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertUnauthorizedJson(english, "Please sign in first", "POST in English");
        HttpResponse<String> grants = CLIENT.send(anonymous("/api/v1/role-grants", null, "en").GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertUnauthorizedJson(grants, "Please sign in first", "role grants");
    }

    @Test
    void withoutCredentials_theConsoleStillSendsBrowsersToTheSignInPage() throws Exception {
        HttpResponse<String> console = CLIENT.send(anonymous("/console/index.xhtml", "text/html", null).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(302, console.statusCode(), console.body());
        assertTrue(console.headers().firstValue("Location").orElse("").startsWith(TestKeycloak.REALM_URL),
                console.headers().toString());
    }

    private static HttpRequest.Builder anonymous(String path, String accept, String language) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(Deployments.BASE_URL + path));
        if (accept != null) {
            request.header("Accept", accept);
        }
        if (language != null) {
            request.header("Accept-Language", language);
        }
        return request;
    }

    private static void assertUnauthorizedJson(HttpResponse<String> response, String message, String what) {
        assertEquals(401, response.statusCode(), what + ": " + response.headers() + " " + response.body());
        assertTrue(response.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Bearer"),
                what + ": " + response.headers());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/json"),
                what + ": " + response.headers());
        assertTrue(response.body().contains("\"status\":401") && response.body().contains("\"error\":\"unauthorized\"")
                && response.body().contains(message), what + ": " + response.body());
    }
}
