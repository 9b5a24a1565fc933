package org.ziyuanku.service.system;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDateTime;

/**
 * Keeps the notification table small: read notifications older than the retention (the archiving job passes the
 * limit, {@code zyk.notification.retention-days}) are removed; unread ones stay whatever their age.
 */
@Stateless
public class NotificationRetention {

    @PersistenceContext(unitName = "ziyuanku")
    private EntityManager em;

    /** Deletes the notifications read and created before {@code before}; returns how many. */
    public int purgeRead(LocalDateTime before) {
        return em.createQuery("delete from Notification n where n.readAt is not null and n.createdAt < :before")
                .setParameter("before", before).executeUpdate();
    }
}
