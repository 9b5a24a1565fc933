package org.ziyuanku.service.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.ziyuanku.domain.audit.AuditOutcome;

class AuditSearchQueryTest {

    private static final LocalDateTime MAY_FIRST = LocalDateTime.of(2026, 5, 1, 0, 0);

    @Test
    void blankFilters_meanAny_andTheSummaryIsAStar() {
        AuditSearchQuery query = new AuditSearchQuery(null, null, " ", "", null, null, "  ", 0, 20);
        assertNull(query.actor());
        assertNull(query.action());
        assertNull(query.text());
        assertEquals("*", query.summary());
    }

    @Test
    void actorEndingWithStar_isAPrefix_actionIsUpperCased() {
        AuditSearchQuery query = new AuditSearchQuery(null, null, "admin*", "sign_in", null, null, null, 0, 20);
        assertTrue(query.actorIsPrefix());
        assertEquals("admin", query.actorName());
        assertEquals("SIGN_IN", query.action());
        assertFalse(new AuditSearchQuery(null, null, "auditadmin", null, null, null, null, 0, 20).actorIsPrefix());
        assertNull(new AuditSearchQuery(null, null, "*", null, null, null, null, 0, 20).actor());
    }

    @Test
    void summary_namesTheFiltersThatAreSet_inAFixedOrder() {
        AuditSearchQuery query = new AuditSearchQuery(MAY_FIRST, null, "auditadmin", "AUDIT_SEARCH",
                AuditOutcome.DENIED, "console", "=1+2", 3, 50);
        assertEquals("from=2026-05-01T00:00; actor=auditadmin; action=AUDIT_SEARCH; outcome=DENIED; target=console;"
                + " q==1+2", query.summary());
    }

    @Test
    void pageSizeRangeAndLength_areChecked() {
        assertThrows(IllegalArgumentException.class,
                () -> new AuditSearchQuery(null, null, null, null, null, null, null, -1, 20));
        assertThrows(IllegalArgumentException.class,
                () -> new AuditSearchQuery(null, null, null, null, null, null, null, 0, 0));
        assertThrows(IllegalArgumentException.class,
                () -> new AuditSearchQuery(null, null, null, null, null, null, null, 0, AuditSearchQuery.MAX_SIZE + 1));
        assertThrows(IllegalArgumentException.class,
                () -> new AuditSearchQuery(MAY_FIRST, MAY_FIRST.minusSeconds(1), null, null, null, null, null, 0, 20));
        assertThrows(IllegalArgumentException.class, () -> new AuditSearchQuery(null, null, null, null, null, null,
                "x".repeat(AuditSearchQuery.MAX_TEXT_LENGTH + 1), 0, 20));
    }
}
