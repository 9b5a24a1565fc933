package org.ziyuanku.infrastructure.mail;

/** A message could not be handed to the mail server. */
public class MailSendException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public MailSendException(String message, Throwable cause) {
        super(message, cause);
    }
}
