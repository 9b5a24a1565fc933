package org.ziyuanku.service.system;

import java.time.LocalDateTime;

/** One notification as its recipient sees it: the text already in their language, the link, and whether it is read. */
public record NotificationView(long id, String text, String link, LocalDateTime createdAt, boolean read) {
}
