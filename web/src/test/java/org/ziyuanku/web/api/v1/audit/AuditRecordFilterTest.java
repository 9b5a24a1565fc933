package org.ziyuanku.web.api.v1.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.ziyuanku.domain.audit.AuditOutcome;
import org.ziyuanku.service.audit.AuditSearchQuery;
import org.ziyuanku.web.api.BadParameterException;

class AuditRecordFilterTest {

    @Test
    void noParameters_searchEverything_firstPageOfTheDefaultSize() {
        AuditSearchQuery query = new AuditRecordFilter().toQuery();
        assertEquals("*", query.summary());
        assertEquals(0, query.page());
        assertEquals(AuditRecordFilter.DEFAULT_SIZE, query.size());
        assertEquals("", new AuditRecordFilter().filterQueryString());
    }

    @Test
    void parameters_becomeTheQuery_aDateRangeIncludesItsLastDay() {
        AuditRecordFilter filter = new AuditRecordFilter();
        filter.setFrom("2026-05-01");
        filter.setTo("2026-05-02");
        filter.setActor("admin*");
        filter.setOutcome("denied");
        filter.setPage("2");
        filter.setSize("500");
        AuditSearchQuery query = filter.toQuery();
        assertEquals(LocalDateTime.of(2026, 5, 1, 0, 0), query.from());
        assertEquals(LocalDateTime.of(2026, 5, 2, 23, 59, 59, 999_999_000), query.to());
        assertTrue(query.actorIsPrefix());
        assertEquals(AuditOutcome.DENIED, query.outcome());
        assertEquals(2, query.page());
        assertEquals(500, query.size());
    }

    @Test
    void badValues_areBadParameters_namingTheParameter() {
        assertEquals("from", badParameter(f -> f.setFrom("1.5.2026")).getParameter());
        assertEquals("api.error.beforeFrom", badParameter(f -> {
            f.setFrom("2026-05-02");
            f.setTo("2026-05-01");
        }).getReasonKey());
        assertEquals("api.error.unknownOutcome", badParameter(f -> f.setOutcome("MAYBE")).getReasonKey());
        assertEquals("size", badParameter(f -> f.setSize("501")).getParameter());
        assertEquals("q", badParameter(f -> f.setQ("x".repeat(AuditSearchQuery.MAX_TEXT_LENGTH + 1))).getParameter());
    }

    private static BadParameterException badParameter(Consumer<AuditRecordFilter> setUp) {
        AuditRecordFilter filter = new AuditRecordFilter();
        setUp.accept(filter);
        return assertThrows(BadParameterException.class, filter::toQuery);
    }

    @Test
    void filterQueryString_encodesTheSetFilters_butNotThePage() {
        AuditRecordFilter filter = new AuditRecordFilter();
        filter.setActor("审计 admin");
        filter.setQ("=HYPERLINK(\"x\")&y");
        filter.setAction(" ");
        filter.setPage("3");
        assertEquals("?actor=%E5%AE%A1%E8%AE%A1+admin&q=%3DHYPERLINK%28%22x%22%29%26y", filter.filterQueryString());
        assertNull(new AuditRecordFilter().toQuery().actor());
    }
}
