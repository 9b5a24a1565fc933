package org.ziyuanku.service.system.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class NotificationTextsTest {

    @Test
    void render_fillsThePlaceholders_inChinese() {
        assertEquals("待审核：平焊操作示范（焊接技术与自动化，第 2 级）", NotificationTexts.render(
                "notification.review.waiting", List.of("平焊操作示范", "焊接技术与自动化", "2"), Locale.SIMPLIFIED_CHINESE));
    }

    @Test
    void render_fillsThePlaceholders_inEnglish() {
        assertEquals("Flat welding was returned at level 1: blurred video", NotificationTexts.render(
                "notification.review.rejected", List.of("Flat welding", "1", "blurred video"), Locale.ENGLISH));
    }

    @Test
    void render_choosesEnglishForAnyEnglishLocale_andChineseOtherwise() {
        assertEquals("x passed review level 3", NotificationTexts.render("notification.review.approved",
                List.of("x", "3"), Locale.US));
        assertEquals("x 已通过第 3 级审核", NotificationTexts.render("notification.review.approved", List.of("x", "3"),
                Locale.FRENCH));
        assertEquals("x 已通过第 3 级审核", NotificationTexts.render("notification.review.approved", List.of("x", "3"),
                null));
    }

    @Test
    void render_unknownKey_showsTheKey() {
        assertEquals("course.homework.due", NotificationTexts.render("course.homework.due", List.of("a"),
                Locale.SIMPLIFIED_CHINESE));
        assertEquals("", NotificationTexts.render(null, List.of(), Locale.ENGLISH));
    }

    @Test
    void render_keepsArgumentsVerbatim_andMissingOnesVisible() {
        assertEquals("it's {1} was taken down: '{0}'", NotificationTexts.render("notification.review.takenDown",
                List.of("it's {1}", "'{0}'"), Locale.ENGLISH));
        assertEquals("x passed review level {1}", NotificationTexts.render("notification.review.approved",
                List.of("x"), Locale.ENGLISH));
    }

    @Test
    void render_textWithoutPlaceholders_isUsedAsWritten() {
        String footer = NotificationTexts.render("notification.mail.footer", List.of(), Locale.ENGLISH);
        assertEquals(true, footer.startsWith("You receive this e-mail"), footer);
    }
}
