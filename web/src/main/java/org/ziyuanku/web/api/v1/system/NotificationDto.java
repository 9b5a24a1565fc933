package org.ziyuanku.web.api.v1.system;

import java.time.LocalDateTime;
import org.ziyuanku.service.system.NotificationView;

/** One notification: its text in the caller's language, the platform-relative link, when, and whether read. */
public record NotificationDto(long id, String text, String link, LocalDateTime createdAt, boolean read) {

    static NotificationDto of(NotificationView v) {
        return new NotificationDto(v.id(), v.text(), v.link(), v.createdAt(), v.read());
    }
}
