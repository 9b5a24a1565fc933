package org.ziyuanku.it.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.http.HttpResponse;
import java.sql.SQLException;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.ziyuanku.it.support.ApiClient;
import org.ziyuanku.it.support.ReviewPeople;
import org.ziyuanku.it.support.TestDatabase;
import org.ziyuanku.it.support.TestKeycloak;
import org.ziyuanku.it.support.TestResources;

/**
 * An {@code @Audited} service method, setting a library's review levels, through the real server: a success, a refusal
 * of the caller's rights and a failed request each leave exactly one record with the caller, scope, target and
 * outcome; the failure's record outlives the rollback of what failed; the web tier does not record the refusal a
 * second time; and the chain still verifies.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AuditedServiceIT {

    private static final String SUFFIX = Long.toString(System.currentTimeMillis() % 100_000);
    private static final String AUDITOR = "au-auditor-" + SUFFIX;
    private static ReviewPeople people;
    /** The library's levels before the test (the library is shared with other review tests), put back after it. */
    private static String levelsBefore;

    @BeforeAll
    static void people() throws Exception {
        people = ReviewPeople.create("au" + SUFFIX);
        TestKeycloak.createUser(AUDITOR, "audit-admin");
        levelsBefore = TestDatabase.queryString("select coalesce(string_agg(rule, ',' order by level_no), '') from"
                + " review_level where library_id = ?", people.library);
    }

    @AfterAll
    static void forgetPeople() throws Exception {
        TestDatabase.update("delete from review_level where library_id = ?", people.library);
        String[] rules = levelsBefore.isEmpty() ? new String[0] : levelsBefore.split(",");
        for (int i = 0; i < rules.length; i++) {
            TestDatabase.update("insert into review_level (library_id, level_no, rule) values (?, ?, ?)",
                    people.library, i + 1, rules[i]);
        }
        people.forget();
        TestResources.forget(AUDITOR);
    }

    private static String path() {
        return "/api/v1/libraries/" + people.library + "/review-policy";
    }

    private static long records(String actor, String outcome, String detail) throws SQLException {
        return TestDatabase.queryLong("select count(*) from audit_record where actor = ? and action = 'REVIEW_POLICY'"
                + " and outcome = ? and scope = ? and target = ? and detail = ?", actor, outcome,
                "library:" + people.library, "library:" + people.library, detail);
    }

    /** The caller's records of this action or of the web tier's refusals (Keycloak's imported events aside). */
    private static long allRecords(String actor) throws SQLException {
        return TestDatabase.queryLong("select count(*) from audit_record where actor = ? and action in"
                + " ('REVIEW_POLICY', 'ACCESS')", actor);
    }

    @Test
    void success_refusalAndFailure_eachLeaveExactlyOneRecord_andTheChainVerifies() throws Exception {
        HttpResponse<String> set = ApiClient.as(people.administrator).putJson(path(),
                "{\"levels\":[\"UNIT_REVIEWER\",\"LIBRARY_ADMIN\"]}");
        assertEquals(200, set.statusCode(), set.body());
        assertEquals(1, records(people.administrator, "SUCCESS", "UNIT_REVIEWER,LIBRARY_ADMIN"));

        long authorsBefore = allRecords(people.author);
        HttpResponse<String> refused = ApiClient.as(people.author).putJson(path(), "{\"levels\":[\"LIBRARY_ADMIN\"]}");
        assertEquals(403, refused.statusCode(), refused.body());
        assertEquals(1, TestDatabase.queryLong("select count(*) from audit_record where actor = ? and action ="
                + " 'REVIEW_POLICY' and outcome = 'DENIED' and target = ?", people.author, "library:" + people.library));
        assertEquals(authorsBefore + 1, allRecords(people.author), "one record, not a second one by the web tier");

        long administratorsBefore = allRecords(people.administrator);
        HttpResponse<String> failed = ApiClient.as(people.administrator).putJson(path(),
                "{\"levels\":[\"UNIT_REVIEWER\",\"COURSE_TEAM_LEAD\",\"LIBRARY_ADMIN\",\"UNIT_REVIEWER\"]}");
        assertEquals(400, failed.statusCode(), failed.body());
        assertEquals(1, records(people.administrator, "FAILURE", "review.refused.levels"),
                "the failure is recorded although its transaction rolled back");
        assertEquals(administratorsBefore + 1, allRecords(people.administrator));
        assertEquals("UNIT_REVIEWER,LIBRARY_ADMIN", TestDatabase.queryString("select string_agg(rule, ',' order by"
                + " level_no) from review_level where library_id = ?", people.library), "nothing of it stored");

        HttpResponse<String> verification = ApiClient.as(AUDITOR).get("/api/v1/audit/verification");
        assertEquals(200, verification.statusCode(), verification.body());
        assertEquals("true", ApiClient.json(verification.body(), "intact"), verification.body());
    }
}
