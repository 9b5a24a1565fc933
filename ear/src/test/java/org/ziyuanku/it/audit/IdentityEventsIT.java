package org.ziyuanku.it.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.sql.SQLException;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.ziyuanku.it.support.TestDatabase;
import org.ziyuanku.it.support.TestKeycloak;

/**
 * Keycloak's own events reach the platform's audit chain: bad passwords typed at Keycloak become SIGN_IN FAILURE
 * records, and attempts on the locked account ACCOUNT_LOCKED records (six attempts within a second also trip
 * Keycloak's quick-login check, which locks after the second), copied by the identity-events job every two minutes.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class IdentityEventsIT {

    private static final String USER = "events-" + (System.currentTimeMillis() % 100_000);
    private static final long WAIT_MILLIS = 200_000;

    @Test
    void badPasswordsAndLockout_areCopiedIntoTheAuditChain() throws Exception {
        TestKeycloak.ensureRunning();
        TestKeycloak.createUser(USER, "teacher");
        for (int attempt = 0; attempt < 6; attempt++) {
            assertThrows(IllegalStateException.class, () -> TestKeycloak.accessToken(USER, "wrong-password"));
        }

        awaitRecords("SIGN_IN", "FAILURE", 1);
        awaitRecords("ACCOUNT_LOCKED", "DENIED", 1);
        assertEquals(0, TestDatabase.queryLong("select count(*) from audit_record where actor = ? and source_ip = '-'",
                USER), "Keycloak's client address is kept");
    }

    private static void awaitRecords(String action, String outcome, long atLeast) throws Exception {
        long deadline = System.currentTimeMillis() + WAIT_MILLIS;
        long found = 0;
        while (System.currentTimeMillis() < deadline && found < atLeast) {
            found = count(action, outcome);
            if (found < atLeast) {
                Thread.sleep(3000);
            }
        }
        assertEquals(true, found >= atLeast, action + "/" + outcome + " records for " + USER + ": " + found);
    }

    private static long count(String action, String outcome) throws SQLException {
        return TestDatabase.queryLong("select count(*) from audit_record where actor = ? and action = ? and outcome = ?",
                USER, action, outcome);
    }
}
