package org.ziyuanku.infrastructure.mail;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.util.logging.Logger;

/**
 * Chooses the {@link MailSender} once per deployment: SMTP through {@link JakartaMailSender} when {@code zyk.smtp.host}
 * (or {@code ZYK_SMTP_HOST}) is set, the development {@link LoggingMailSender} otherwise. An installation with its
 * own gateway replaces this producer with an alternative bean.
 */
@ApplicationScoped
public class MailSenders {

    private static final Logger LOG = Logger.getLogger(MailSenders.class.getName());

    private MailSettings settings;

    @PostConstruct
    void readSettings() {
        settings = MailSettings.fromEnvironment();
    }

    @Produces
    @ApplicationScoped
    MailSender mailSender() {
        if (settings.host().isEmpty()) {
            LOG.warning("No SMTP server configured (zyk.smtp.host / ZYK_SMTP_HOST): notification e-mails are only"
                    + " written to the server log by the development mail gateway");
            return new LoggingMailSender();
        }
        LOG.info(() -> "Notification e-mails go to SMTP " + settings.host().get() + ":" + settings.port() + " from "
                + settings.from());
        return new JakartaMailSender(settings);
    }

    /** Dependent (a record cannot be proxied), the values read once with the sender's. */
    @Produces
    MailSettings mailSettings() {
        return settings;
    }
}
