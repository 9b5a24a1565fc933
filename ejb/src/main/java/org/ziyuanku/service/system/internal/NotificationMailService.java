package org.ziyuanku.service.system.internal;

import jakarta.ejb.Asynchronous;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import org.ziyuanku.infrastructure.identity.IdentityDirectory;
import org.ziyuanku.infrastructure.mail.MailSender;
import org.ziyuanku.infrastructure.mail.MailSettings;
import org.ziyuanku.service.system.PageRoutes;

/**
 * Mails notifications on the EJB container's asynchronous threads, outside any transaction: the recipients' addresses
 * from the identity directory in one batch (users without one are skipped), subject and body from the notification
 * bundle in Simplified Chinese with the page route resolved to its path ({@code PageRoutes}) and made absolute
 * ({@code zyk.public.url}). A failure is logged per recipient
 * (for the directory, once for all) and never reaches the action that notified.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class NotificationMailService {

    private static final Logger LOG = Logger.getLogger(NotificationMailService.class.getName());

    @Inject
    private IdentityDirectory directory;

    @Inject
    private MailSender sender;

    @Inject
    private MailSettings settings;

    @Inject
    private PageRoutes routes;

    @Asynchronous
    public void deliver(NotificationsStored stored) {
        Map<String, String> addresses;
        try {
            addresses = directory.emailsOf(stored.recipients().stream().map(NotificationsStored.Recipient::username)
                    .toList());
        } catch (RuntimeException e) {
            LOG.warning(() -> "Notification e-mails " + stored.messageKey() + " not sent, no addresses: " + e);
            return;
        }
        for (NotificationsStored.Recipient recipient : stored.recipients()) {
            String address = addresses.get(recipient.username());
            if (address == null) {
                LOG.info(() -> "No e-mail address for " + recipient.username() + ": notification "
                        + stored.messageKey() + " only in the platform");
                continue;
            }
            try {
                String link = settings.absolute(routes.path(stored.link()).orElse(null));
                MailText mail = MailText.of(stored, recipient.displayName(), link);
                sender.send(address, mail.subject(), mail.body());
            } catch (RuntimeException e) {
                LOG.warning(() -> "Notification e-mail " + stored.messageKey() + " to " + recipient.username()
                        + " not sent: " + e);
            }
        }
    }

    /** A notification e-mail's subject and plain-text body, in the platform's default language. */
    record MailText(String subject, String body) {

        static final int MAX_SUBJECT = 160;

        static MailText of(NotificationsStored stored, String name, String absoluteLink) {
            var locale = NotificationTexts.MAIL_LOCALE;
            String text = NotificationTexts.render(stored.messageKey(), stored.args(), locale);
            StringBuilder body = new StringBuilder()
                    .append(NotificationTexts.render("notification.mail.greeting", List.of(name), locale))
                    .append("\n\n").append(text).append("\n\n");
            if (absoluteLink != null) {
                body.append(NotificationTexts.render("notification.mail.open", List.of(absoluteLink), locale))
                        .append("\n\n");
            }
            body.append("-- \n").append(NotificationTexts.render("notification.mail.footer", List.of(), locale))
                    .append('\n');
            String subject = NotificationTexts.render("notification.mail.subject", List.of(text), locale)
                    .replaceAll("\\s+", " ").strip();
            return new MailText(subject.length() > MAX_SUBJECT ? subject.substring(0, MAX_SUBJECT - 1) + "…" : subject,
                    body.toString());
        }
    }
}
