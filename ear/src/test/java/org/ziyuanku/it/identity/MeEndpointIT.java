package org.ziyuanku.it.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.ziyuanku.it.Deployments;
import org.ziyuanku.it.support.TestKeycloak;

/** REST calls under /api/v1 accept a bearer token from the ziyuanku realm. */
@ExtendWith(ArquillianExtension.class)
class MeEndpointIT {

    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

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
}
