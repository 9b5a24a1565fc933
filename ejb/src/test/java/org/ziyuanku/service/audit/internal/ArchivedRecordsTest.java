package org.ziyuanku.service.audit.internal;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.ziyuanku.domain.audit.AuditOutcome;
import org.ziyuanku.service.audit.AuditRecordView;
import org.ziyuanku.service.audit.AuditSearchQuery;

/** Archived records match a search by the live search's rules. */
class ArchivedRecordsTest {

    private static final LocalDateTime AT = LocalDateTime.of(2026, 1, 10, 9, 0);
    private static final AuditRecordView RECORD = new AuditRecordView(7L, AT, "admin-li", "system-admin", "platform",
            "10.0.0.8", "BACKUP_START", "backup-run:3", AuditOutcome.DENIED, "Caller Is Not System-Admin");

    private static AuditSearchQuery query(LocalDateTime from, LocalDateTime to, String actor, String action,
            AuditOutcome outcome, String target, String text) {
        return new AuditSearchQuery(from, to, actor, action, outcome, target, text, 0, 20);
    }

    @Test
    void matches_likeTheLiveSearch() {
        assertTrue(ArchivedRecords.matches(query(null, null, null, null, null, null, null), RECORD));
        assertTrue(ArchivedRecords.matches(query(AT, AT, "admin*", "backup_start", AuditOutcome.DENIED, "RUN:3",
                "system-admin"), RECORD));
        assertFalse(ArchivedRecords.matches(query(AT.plusSeconds(1), null, null, null, null, null, null), RECORD));
        assertFalse(ArchivedRecords.matches(query(null, AT.minusSeconds(1), null, null, null, null, null), RECORD));
        assertFalse(ArchivedRecords.matches(query(null, null, "admin", null, null, null, null), RECORD));
        assertFalse(ArchivedRecords.matches(query(null, null, null, null, AuditOutcome.SUCCESS, null, null), RECORD));
        assertTrue(ArchivedRecords.matches(query(null, null, null, null, null, null, "10.0.0"), RECORD));
        assertFalse(ArchivedRecords.matches(query(null, null, null, null, null, null, "nowhere"), RECORD));
    }
}
