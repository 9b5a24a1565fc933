package org.ziyuanku.infrastructure.mail;

import java.util.logging.Logger;

/**
 * The development mail gateway, used when no SMTP host is configured: it sends nothing and writes each message to
 * the server log with a warning saying so. Set {@code zyk.smtp.host} (or {@code ZYK_SMTP_HOST}) to send for real.
 */
public class LoggingMailSender implements MailSender {

    private static final Logger LOG = Logger.getLogger(LoggingMailSender.class.getName());

    @Override
    public void send(String recipient, String subject, String text) {
        LOG.warning(() -> "DEVELOPMENT MAIL GATEWAY - NOTHING WAS SENT (no zyk.smtp.host configured): would send \""
                + subject + "\" to " + recipient + ":\n" + text);
    }
}
