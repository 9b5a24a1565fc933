package org.ziyuanku.service.system;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;
import org.ziyuanku.domain.system.Notification;
import org.ziyuanku.service.system.internal.JsonStrings;
import org.ziyuanku.service.system.internal.NotificationRepository;
import org.ziyuanku.service.system.internal.NotificationsStored;

/**
 * Notifies people in the platform and by e-mail, for any context (review, courses, homework). Called inside the
 * business action's transaction (joining it, or starting one when there is none): the rows are written there, and
 * the e-mails go out only after that transaction commits, on another thread ({@code NotificationMailer}), so a
 * rolled-back action sends nothing and a slow or failing mail server never delays or fails the action.
 */
@ApplicationScoped
public class Notifier {

    private static final Logger LOG = Logger.getLogger(Notifier.class.getName());

    @Inject
    private NotificationRepository notifications;

    @Inject
    private Recipients accounts;

    @Inject
    private Event<NotificationsStored> stored;

    /**
     * Stores one notification per recipient account; recipient ids without an account are skipped with a warning.
     * Throws {@link IllegalArgumentException} for a key or link longer than the columns allow.
     */
    @Transactional
    public void notify(NotificationCommand command) {
        if (command.recipientIds().isEmpty()) {
            return;
        }
        String args = JsonStrings.encode(command.args());
        List<Recipients.Recipient> found = accounts.withIds(command.recipientIds());
        List<NotificationsStored.Recipient> recipients = new ArrayList<>();
        for (Recipients.Recipient account : found) {
            notifications.add(new Notification(account.id(), command.messageKey(), args, command.link()));
            recipients.add(new NotificationsStored.Recipient(account.username(), account.displayName()));
        }
        if (found.size() < command.recipientIds().size()) {
            LOG.warning(() -> "Notification " + command.messageKey() + ": " + (command.recipientIds().size()
                    - found.size()) + " of the recipient ids " + command.recipientIds() + " have no account");
        }
        stored.fire(new NotificationsStored(List.copyOf(recipients), command.messageKey(), command.args(),
                command.link()));
    }
}
