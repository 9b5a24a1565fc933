package org.ziyuanku.it.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.SQLException;
import java.util.List;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.ziyuanku.it.Deployments;
import org.ziyuanku.it.support.ApiClient;
import org.ziyuanku.it.support.TestAccounts;
import org.ziyuanku.it.support.TestDatabase;
import org.ziyuanku.it.support.TestKeycloak;
import org.ziyuanku.it.support.TestResources;

/**
 * Refusals at the web layer are audited: a learner's 403 on the audit log, its verification, the role grants and
 * another school's members each leave one DENIED record with the user, their roles, method and path, and source
 * address; a flood of refusals adds only a bounded number of records; a forged token's 401 is recorded too; and the
 * chain still verifies.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RefusalAuditIT {

    private static final String SUFFIX = Long.toString(System.currentTimeMillis() % 100_000);
    private static final String LEARNER = "rf-learner-" + SUFFIX;
    private static final String FLOODER = "rf-flood-" + SUFFIX;
    private static final String AUDITOR = "rf-auditor-" + SUFFIX;
    private static final int PER_MINUTE = 10;

    @BeforeAll
    static void people() {
        TestKeycloak.ensureRunning();
        TestKeycloak.createUser(LEARNER, "learner");
        TestKeycloak.createUser(FLOODER, "learner");
        TestKeycloak.createUser(AUDITOR, "audit-admin");
    }

    @AfterAll
    static void forgetPeople() throws Exception {
        TestResources.forget(LEARNER, FLOODER, AUDITOR);
    }

    private static long refusals(String actor, String target) throws SQLException {
        return TestDatabase.queryLong("select count(*) from audit_record where actor = ? and target = ?"
                + " and action = 'ACCESS' and outcome = 'DENIED'", actor, target);
    }

    @Test
    void learnersRefusals_eachLeaveOneRecord_withUserTargetAddressAndOutcome() throws Exception {
        long otherSchool = TestAccounts.organisation(TestAccounts.SCHOOL_B);
        List<String> paths = List.of("/api/v1/audit/records", "/api/v1/audit/verification", "/api/v1/role-grants",
                "/api/v1/organisations/" + otherSchool + "/members");
        ApiClient learner = ApiClient.as(LEARNER);
        for (String path : paths) {
            HttpResponse<String> refused = learner.get(path);
            assertEquals(403, refused.statusCode(), path + ": " + refused.body());
        }
        for (String path : paths) {
            String target = "GET " + path;
            assertEquals(1, refusals(LEARNER, target), target);
            assertEquals("127.0.0.1", TestDatabase.queryString("select source_ip from audit_record where actor = ?"
                    + " and target = ? and action = 'ACCESS'", LEARNER, target));
            assertTrue(TestDatabase.queryString("select actor_roles from audit_record where actor = ? and target = ?"
                    + " and action = 'ACCESS'", LEARNER, target).contains("learner"), target);
            assertEquals("HTTP 403", TestDatabase.queryString("select detail from audit_record where actor = ?"
                    + " and target = ? and action = 'ACCESS'", LEARNER, target));
        }
    }

    /**
     * A console page whose bean is refused answers 403 with the access-denied page (one path for refusals, no
     * per-page flag) and the refusal is audited once, like the API's.
     */
    @Test
    void learnersRefusedConsolePage_is403WithTheErrorPage_andIsAudited() throws Exception {
        String path = "/console/review/sensitive-words.xhtml";
        HttpResponse<String> refused = ApiClient.as(LEARNER).get(path);
        assertEquals(403, refused.statusCode(), refused.body());
        assertTrue(refused.body().contains("id=\"accessDenied\""), refused.body());
        assertEquals(1, refusals(LEARNER, "GET " + path));
    }

    @Test
    void floodOfRefusals_addsOnlyABoundedNumberOfRecords_andTheChainStillVerifies() throws Exception {
        ApiClient flooder = ApiClient.as(FLOODER);
        for (int i = 0; i < PER_MINUTE + 200; i++) {
            assertEquals(403, flooder.get("/api/v1/audit/records").statusCode());
        }
        long recorded = refusals(FLOODER, "GET /api/v1/audit/records");
        assertTrue(recorded >= PER_MINUTE && recorded <= 3 * (PER_MINUTE + 1), "records: " + recorded);
        assertTrue(TestDatabase.queryLong("select count(*) from audit_record where actor = ? and action = 'ACCESS'"
                + " and detail like '%more than " + PER_MINUTE + " refusals%'", FLOODER) >= 1, "a summary record");

        HttpResponse<String> verification = ApiClient.as(AUDITOR).get("/api/v1/audit/verification");
        assertEquals(200, verification.statusCode(), verification.body());
        assertEquals("true", ApiClient.json(verification.body(), "intact"), verification.body());
    }

    @Test
    void forgedToken_its401IsRecorded() throws Exception {
        String target = "GET /api/v1/me";
        long before = TestDatabase.queryLong("select count(*) from audit_record where actor = 'anonymous'"
                + " and target = ? and action = 'ACCESS' and detail = 'HTTP 401'", target);
        HttpResponse<String> forged = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(Deployments.BASE_URL + "/api/v1/me")).header("Authorization", "Bearer not.a.token").build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(401, forged.statusCode());
        assertEquals(before + 1, TestDatabase.queryLong("select count(*) from audit_record where actor = 'anonymous'"
                + " and target = ? and action = 'ACCESS' and detail = 'HTTP 401'", target));
    }
}
