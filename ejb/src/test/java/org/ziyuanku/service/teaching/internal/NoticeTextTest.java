package org.ziyuanku.service.teaching.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.ziyuanku.service.teaching.TeachingRefusedException;

/** The title and body checks the notice, class question and discussion services share. */
class NoticeTextTest {

    @Test
    void title_isStripped_andRefusedWhenEmptyOrTooLong() {
        assertEquals("期中", NoticeText.title("  期中 ", 5, "k.title"));
        assertEquals("12345", NoticeText.title("12345", 5, "k.title"));
        refused(() -> NoticeText.title(null, 5, "k.title"), "k.title", "5");
        refused(() -> NoticeText.title("   ", 5, "k.title"), "k.title", "5");
        refused(() -> NoticeText.title("123456", 5, "k.title"), "k.title", "5");
    }

    @Test
    void body_isSanitised_andRefusedWithoutTextOrTooLong() {
        assertEquals("<p>hi</p>", NoticeText.body(" <p onclick=\"x()\">hi</p><script>x()</script> ", 100, "k.body"));
        refused(() -> NoticeText.body(null, 100, "k.body"), "k.body", "100");
        refused(() -> NoticeText.body("<p> </p>", 100, "k.body"), "k.body", "100");
        refused(() -> NoticeText.body("<p>" + "x".repeat(100) + "</p>", 100, "k.body"), "k.body", "100");
    }

    private static void refused(Runnable check, String key, String max) {
        TeachingRefusedException e = assertThrows(TeachingRefusedException.class, check::run);
        assertEquals(key, e.getReasonKey());
        assertArrayEquals(new Object[] {max}, e.getReasonArgs());
    }
}
