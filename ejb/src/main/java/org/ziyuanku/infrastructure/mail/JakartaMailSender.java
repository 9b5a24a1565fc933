package org.ziyuanku.infrastructure.mail;

import jakarta.mail.Authenticator;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.Properties;

/**
 * {@link MailSender} over SMTP with Jakarta Mail (WildFly's {@code jakarta.mail.api} module, Eclipse Angus), a session
 * built from {@link MailSettings}: host, port, sender, optional user/password and STARTTLS, and short time limits
 * so a slow server holds a mail thread for seconds, not minutes.
 */
public class JakartaMailSender implements MailSender {

    private static final String TIMEOUT_MILLIS = "10000";

    private final Session session;
    private final InternetAddress from;

    public JakartaMailSender(MailSettings settings) {
        Properties props = new Properties();
        props.put("mail.transport.protocol", "smtp");
        props.put("mail.smtp.host", settings.host().orElseThrow());
        props.put("mail.smtp.port", Integer.toString(settings.port()));
        props.put("mail.smtp.connectiontimeout", TIMEOUT_MILLIS);
        props.put("mail.smtp.timeout", TIMEOUT_MILLIS);
        props.put("mail.smtp.writetimeout", TIMEOUT_MILLIS);
        props.put("mail.smtp.starttls.enable", Boolean.toString(settings.startTls()));
        props.put("mail.mime.charset", StandardCharsets.UTF_8.name());
        Authenticator login = login(settings, props);
        try {
            this.session = withMailClassLoader(() -> Session.getInstance(props, login));
            this.from = new InternetAddress(settings.from(), true);
        } catch (MessagingException e) {
            throw new IllegalArgumentException("no mail session, or zyk.smtp.from is not an e-mail address: "
                    + settings.from(), e);
        }
    }

    /** The SMTP sign-in when a user is configured, else none. */
    private static Authenticator login(MailSettings settings, Properties props) {
        if (settings.user().isEmpty()) {
            return null;
        }
        props.put("mail.smtp.auth", "true");
        String user = settings.user().get();
        return new Authenticator() {
            @Override
            protected PasswordAuthentication getPasswordAuthentication() {
                return new PasswordAuthentication(user, settings.password());
            }
        };
    }

    /**
     * Jakarta Mail and Activation find their providers and content handlers through the context class loader; the mail
     * API module's own loader sees them whichever thread (request, asynchronous EJB) calls.
     */
    private static <T> T withMailClassLoader(MailAction<T> action) throws MessagingException {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(Session.class.getClassLoader());
        try {
            return action.run();
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    /** A step that may throw {@link MessagingException}. */
    @FunctionalInterface
    private interface MailAction<T> {
        T run() throws MessagingException;
    }

    @Override
    public void send(String recipient, String subject, String text) {
        try {
            MimeMessage message = new MimeMessage(session);
            message.setFrom(from);
            message.setRecipient(MimeMessage.RecipientType.TO, new InternetAddress(recipient, true));
            message.setSubject(subject, StandardCharsets.UTF_8.name());
            message.setText(text, StandardCharsets.UTF_8.name(), "plain");
            message.setSentDate(new Date());
            withMailClassLoader(() -> {
                Transport.send(message);
                return null;
            });
        } catch (MessagingException e) {
            throw new MailSendException("mail to " + recipient + " not sent: " + e.getMessage(), e);
        }
    }
}
