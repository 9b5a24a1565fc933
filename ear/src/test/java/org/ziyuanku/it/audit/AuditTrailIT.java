package org.ziyuanku.it.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.ziyuanku.domain.audit.AuditFacts;
import org.ziyuanku.domain.audit.AuditOutcome;
import org.ziyuanku.it.support.ServerDatabase;
import org.ziyuanku.service.audit.AuditTrailService;
import org.ziyuanku.service.audit.AuditVerification;

/**
 * Inside the server: the audit chain is append-only (the application's database role can neither update, delete nor
 * truncate it), and altering a row is found, naming the first broken record. Records written the way every record
 * was written before services were {@code @Audited} (each in a transaction of its own) and the way the interceptor
 * writes successes (within the audited call's transaction) form one chain that verifies.
 */
@ExtendWith(ArquillianExtension.class)
public class AuditTrailIT {

    @EJB(lookup = "java:global/ziyuanku/ziyuanku-ejb/AuditTrailService")
    private AuditTrailService auditTrail;

    private long record(String action) {
        return auditTrail.record(facts(action));
    }

    private static AuditFacts facts(String action) {
        return new AuditFacts("auditit", "audit-admin", "platform", "127.0.0.1", action, "test", AuditOutcome.SUCCESS,
                "written by AuditTrailIT");
    }

    /** A tamperer with the table owner's rights: grants itself UPDATE back and switches the trigger off for a moment. */
    private static void setDetailBypassingTheTrigger(long id, String detail) throws Exception {
        try (Connection c = ServerDatabase.connection(); Statement s = c.createStatement();
                PreparedStatement update = c.prepareStatement("update audit_record set detail = ? where id = ?")) {
            s.execute("grant update on audit_record to current_user");
            s.execute("alter table audit_record disable trigger audit_record_no_update");
            update.setString(1, detail);
            update.setLong(2, id);
            update.executeUpdate();
            s.execute("alter table audit_record enable trigger audit_record_no_update");
            s.execute("revoke update on audit_record from current_user");
        }
    }

    @Test
    void alteredRow_isReported_asTheFirstBrokenRecord() throws Exception {
        record("FIRST");
        long middle = record("SECOND");
        record("THIRD");
        assertTrue(auditTrail.verify().isIntact());

        setDetailBypassingTheTrigger(middle, "tampered");
        try {
            AuditVerification broken = auditTrail.verify();
            assertEquals(middle, broken.firstBrokenId(), broken.toString());
        } finally {
            setDetailBypassingTheTrigger(middle, "written by AuditTrailIT");
        }
        assertTrue(auditTrail.verify().isIntact());
    }

    @Test
    void recordsWrittenTheOldWayAndByTheInterceptor_formOneChainThatVerifies() throws Exception {
        long before = record("OLD-PATH-BEFORE");
        auditTrail.recordWithin(List.of(facts("WITHIN-1"), facts("WITHIN-2")));
        long after = record("OLD-PATH-AFTER");
        try (Connection c = ServerDatabase.connection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select count(*) from audit_record where id > " + before + " and id < "
                        + after + " and actor = 'auditit' and action like 'WITHIN-%'")) {
            assertTrue(rs.next());
            assertEquals(2, rs.getLong(1), "both sit between the two");
        }
        AuditVerification verification = auditTrail.verify();
        assertTrue(verification.isIntact(), verification.toString());
    }

    @Test
    void theApplicationCannotChangeOrDeleteRecords() throws Exception {
        long id = record("IMMUTABLE");
        try (Connection c = ServerDatabase.connection(); Statement s = c.createStatement()) {
            assertThrows(SQLException.class, () -> s.executeUpdate("update audit_record set actor = 'x' where id = " + id));
            assertThrows(SQLException.class, () -> s.executeUpdate("delete from audit_record where id = " + id));
            try (ResultSet rs = s.executeQuery("select actor from audit_record where id = " + id)) {
                assertTrue(rs.next());
                assertEquals("auditit", rs.getString(1));
            }
        }
    }

    @Test
    void theApplicationsRoleCannotDeleteOrTruncate_andNothingIsLost() throws Exception {
        record("TRUNCATE-PROBE");
        try (Connection c = ServerDatabase.connection(); Statement s = c.createStatement()) {
            long before = count(s);
            SQLException delete = assertThrows(SQLException.class, () -> s.executeUpdate("delete from audit_record"));
            assertTrue(refused(delete), delete.getMessage());
            c.setAutoCommit(false);
            try {
                SQLException truncate = assertThrows(SQLException.class, () -> s.execute("truncate audit_record"));
                assertTrue(refused(truncate), truncate.getMessage());
            } finally {
                c.rollback();
                c.setAutoCommit(true);
            }
            assertEquals(before, count(s));
        }
        assertTrue(auditTrail.verify().isIntact());
    }

    private static long count(Statement s) throws SQLException {
        try (ResultSet rs = s.executeQuery("select count(*) from audit_record")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static boolean refused(SQLException e) {
        return e.getMessage().contains("permission denied") || e.getMessage().contains("append-only");
    }
}
