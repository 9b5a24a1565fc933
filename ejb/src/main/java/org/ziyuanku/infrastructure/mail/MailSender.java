package org.ziyuanku.infrastructure.mail;

/**
 * Sends a plain-text UTF-8 e-mail. {@link MailSenders} chooses {@link JakartaMailSender} when an SMTP host is
 * configured ({@code zyk.smtp.host}) and the development {@link LoggingMailSender} otherwise.
 */
public interface MailSender {

    /** Sends the message; throws {@link MailSendException} when the mail server refuses it or cannot be reached. */
    void send(String recipient, String subject, String text);
}
