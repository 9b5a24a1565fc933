package org.ziyuanku.web.api.v1.system;

import java.util.List;

/** The caller's newest notifications and how many of all theirs are unread. */
public record NotificationListDto(List<NotificationDto> items, long unread) {
}
