package org.ziyuanku.service.system.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import org.ziyuanku.domain.system.Notification;

/** Notification rows: written for recipients, read and marked read by their recipient only. */
@ApplicationScoped
public class NotificationRepository {

    @PersistenceContext(unitName = "ziyuanku")
    private EntityManager em;

    public void add(Notification notification) {
        em.persist(notification);
    }

    /** The recipient's notifications, newest first. */
    public List<Notification> inbox(long recipientId, int max) {
        return em.createNamedQuery("Notification.findByRecipient", Notification.class)
                .setParameter("recipient", recipientId).setMaxResults(max).getResultList();
    }

    public long countUnread(long recipientId) {
        return em.createNamedQuery("Notification.countUnread", Long.class).setParameter("recipient", recipientId)
                .getSingleResult();
    }

    /** Marks those of the ids that belong to the recipient and are unread; returns how many. */
    public int markRead(long recipientId, Collection<Long> ids) {
        return em.createNamedQuery("Notification.markRead").setParameter("recipient", recipientId)
                .setParameter("ids", ids).setParameter("now", LocalDateTime.now()).executeUpdate();
    }

    public int markAllRead(long recipientId) {
        return em.createNamedQuery("Notification.markAllRead").setParameter("recipient", recipientId)
                .setParameter("now", LocalDateTime.now()).executeUpdate();
    }

    /** Deletes the notifications read and created before {@code before}; returns how many. */
    public int purgeRead(LocalDateTime before) {
        return em.createQuery("delete from Notification n where n.readAt is not null and n.createdAt < :before")
                .setParameter("before", before).executeUpdate();
    }
}
