package org.ziyuanku.domain.dictionary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class DictionaryEntryTest {

    private static final LocalDateTime AT = LocalDateTime.of(2026, 12, 5, 12, 0);

    @Test
    void change_raisesTheRevisionOnlyWhenSomethingDiffers() {
        DictionaryEntry entry = new DictionaryEntry("TERM", "2026-2027-1", "第一学期", "First term", 1, "flyway", AT);
        assertFalse(entry.change("第一学期", "First term", 1, "admin", AT.plusDays(1)));
        assertEquals(1, entry.getRevision());
        assertEquals("flyway", entry.getUpdatedBy());
        assertTrue(entry.change("2026—2027学年第一学期", "First term", 2, "admin", AT.plusDays(1)));
        assertEquals(2, entry.getRevision());
        assertEquals("admin", entry.getUpdatedBy());
        assertEquals("2026—2027学年第一学期", entry.label(false));
        assertEquals("First term", entry.label(true));
    }

    @Test
    void activate_keepsTheEntry_andCountsOnlyRealChanges() {
        DictionaryEntry entry = new DictionaryEntry("TERM", "2026-2027-1", "第一学期", "First term", 1, "flyway", AT);
        assertFalse(entry.activate(true, "admin", AT));
        assertTrue(entry.activate(false, "admin", AT));
        assertFalse(entry.isActive());
        assertEquals(2, entry.getRevision());
    }

    @Test
    void listVersion_risesWithEveryChange_andTheChangeRecordsIt() {
        DictionaryList list = new DictionaryList("TERM", "学期", "Terms", DictionaryPolicy.OPEN, "calendar");
        DictionaryEntry entry = new DictionaryEntry("TERM", "2026-2027-1", "第一学期", "First term", 1, "admin", AT);
        DictionaryChange change = new DictionaryChange(entry, list.changed(AT), DictionaryChangeAction.ADDED,
                "x".repeat(700));
        assertEquals(2, list.getListVersion());
        assertEquals(2, change.getListVersion());
        assertEquals(DictionaryChange.MAX_DETAIL, change.getDetail().length());
        assertTrue(list.isOpen());
    }
}
