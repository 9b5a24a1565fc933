package org.ziyuanku.service.system.internal;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Hands stored notifications to the mail thread once the transaction that stored them has committed
 * ({@code AFTER_SUCCESS}: nothing for a rollback). Never throws: the action has already succeeded.
 */
@ApplicationScoped
public class NotificationMailer {

    private static final Logger LOG = Logger.getLogger(NotificationMailer.class.getName());

    @EJB
    private NotificationMailService mail;

    void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) NotificationsStored stored) {
        try {
            mail.deliver(stored);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Notification e-mails for " + stored.messageKey() + " not handed over", e);
        }
    }
}
