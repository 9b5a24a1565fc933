package org.ziyuanku.web.faces;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PageIdsTest {

    @Test
    void of_wholeNumber_isTheId_evenWithSpaceAround() {
        assertEquals(42L, PageIds.of("42"));
        assertEquals(42L, PageIds.of(" 42 "));
    }

    @Test
    void of_missingBlankOrMalformed_isNotFound() {
        for (String bad : new String[] {null, "", " ", "abc", "1e3", "4.2", "99999999999999999999", "x42"}) {
            assertThrows(SubjectNotFoundException.class, () -> PageIds.of(bad), String.valueOf(bad));
        }
    }

    @Test
    void listOf_idsApartByCommasOrSpace_inOrder() {
        assertEquals(Optional.of(List.of(12L, 15L, 40L, 7L)), PageIds.listOf("12, 15，40\n 7"));
        assertEquals(Optional.of(List.of()), PageIds.listOf(null));
        assertEquals(Optional.of(List.of()), PageIds.listOf(" , "));
    }

    @Test
    void listOf_oneMalformed_isEmpty() {
        assertTrue(PageIds.listOf("12, abc, 40").isEmpty());
        assertTrue(PageIds.listOf("1.5").isEmpty());
    }
}
