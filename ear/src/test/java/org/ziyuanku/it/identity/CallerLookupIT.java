package org.ziyuanku.it.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.ziyuanku.it.support.ApiClient;
import org.ziyuanku.it.support.TestAccounts;
import org.ziyuanku.it.support.TestDatabase;
import org.ziyuanku.it.support.TestKeycloak;

/**
 * The request's caller (identity.internal.CallerLookup): the first requests of a person without an account, sent at
 * once, each see the person (none falls back to the anonymous caller) and create one account between them; the
 * account's grants are read on every request, so a grant removed counts no more on the very next one.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CallerLookupIT {

    private static final String SUFFIX = Long.toString(System.nanoTime() % 1_000_000);
    private static final String NEWCOMER = "callq-new-" + SUFFIX;
    private static final String ADMIN = "callq-adm-" + SUFFIX;
    private static final int AT_ONCE = 8;

    @BeforeAll
    static void people() {
        TestKeycloak.ensureRunning();
        TestKeycloak.createUser(NEWCOMER, "learner");
    }

    @Test
    void firstRequestsAtOnce_allSeeTheNewcomer_andCreateOneAccount() throws Exception {
        ApiClient newcomer = ApiClient.as(NEWCOMER);
        assertEquals(0, TestDatabase.queryLong("select count(*) from user_account where username = ?", NEWCOMER));
        ExecutorService pool = Executors.newFixedThreadPool(AT_ONCE);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<HttpResponse<String>>> answers = new ArrayList<>();
        try {
            for (int i = 0; i < AT_ONCE; i++) {
                answers.add(pool.submit(() -> {
                    start.await();
                    return newcomer.get("/api/v1/me");
                }));
            }
            start.countDown();
            for (Future<HttpResponse<String>> answer : answers) {
                HttpResponse<String> me = answer.get(60, TimeUnit.SECONDS);
                assertEquals(200, me.statusCode(), me.body());
                assertTrue(me.body().contains("\"username\":\"" + NEWCOMER + "\""), me.body());
                assertTrue(me.body().contains("\"learner\""), me.body());
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(1, TestDatabase.queryLong("select count(*) from user_account where username = ?", NEWCOMER));
    }

    @Test
    void aGrantRemoved_countsNoMoreOnTheNextRequest() throws Exception {
        long school = TestAccounts.organisation(TestAccounts.SCHOOL_A);
        TestAccounts.schoolAdministrator(ADMIN, school);
        ApiClient admin = ApiClient.as(ADMIN);
        String members = "/api/v1/organisations/" + school + "/members";
        HttpResponse<String> granted = admin.get(members);
        assertEquals(200, granted.statusCode(), granted.body());
        assertEquals(1, TestDatabase.update("delete from role_grant where user_id = (select id from user_account"
                + " where username = ?) and role = 'school-admin'", ADMIN));
        HttpResponse<String> revoked = admin.get(members);
        assertEquals(403, revoked.statusCode(), revoked.body());
    }
}
