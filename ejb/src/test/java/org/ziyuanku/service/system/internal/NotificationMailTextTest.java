package org.ziyuanku.service.system.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.ziyuanku.infrastructure.mail.MailSettings;

class NotificationMailTextTest {

    private static final MailSettings SETTINGS = new MailSettings(Optional.empty(), 25, MailSettings.DEFAULT_FROM,
            Optional.empty(), "", false, "https://zyk.example.edu.cn");

    private static NotificationsStored stored(String key, List<String> args, String link) {
        return new NotificationsStored(List.of(new NotificationsStored.Recipient("teacher", "张 老师")), key, args, link);
    }

    @Test
    void mail_isChinese_withPrefixGreetingAbsoluteLinkAndFooter() {
        var mail = NotificationMailService.MailText.of(stored("notification.review.waiting", List.of("平焊", "焊接", "2"),
                "/console/review/queue.xhtml"), "张 老师", SETTINGS.absolute("/console/review/queue.xhtml"));
        assertEquals("[资源库] 待审核：平焊（焊接，第 2 级）", mail.subject());
        assertTrue(mail.body().startsWith("张 老师，您好：\n\n待审核：平焊（焊接，第 2 级）\n"), mail.body());
        assertTrue(mail.body().contains("打开：https://zyk.example.edu.cn/console/review/queue.xhtml"), mail.body());
        assertTrue(mail.body().contains("您收到这封邮件"), mail.body());
    }

    @Test
    void mail_withoutLink_hasNoOpenLine_andTheSubjectStaysOnOneLine() {
        var mail = NotificationMailService.MailText.of(stored("notification.review.rejected",
                List.of("平焊", "1", "画面\n模糊"), null), "x", null);
        assertEquals("[资源库] 平焊 在第 1 级被退回：画面 模糊", mail.subject());
        assertFalse(mail.body().contains("打开："), mail.body());
    }

    @Test
    void absolute_prefixesThePublicUrl_once() {
        assertEquals("https://zyk.example.edu.cn/a", SETTINGS.absolute("/a"));
        assertEquals("https://zyk.example.edu.cn/a", SETTINGS.absolute("a"));
        assertEquals("https://elsewhere/a", SETTINGS.absolute("https://elsewhere/a"));
        assertEquals(null, SETTINGS.absolute(" "));
    }
}
