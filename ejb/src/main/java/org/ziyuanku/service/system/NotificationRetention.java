package org.ziyuanku.service.system;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.LocalDateTime;
import org.ziyuanku.service.system.internal.NotificationRepository;

/**
 * Keeps the notification table small: read notifications older than the retention (the archiving job passes the
 * limit, {@code zyk.notification.retention-days}) are removed; unread ones stay whatever their age.
 */
@Stateless
public class NotificationRetention {

    @Inject
    private NotificationRepository notifications;

    /** Deletes the notifications read and created before {@code before}; returns how many. */
    public int purgeRead(LocalDateTime before) {
        return notifications.purgeRead(before);
    }
}
