package org.ziyuanku.it.support;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A local SMTP server on 127.0.0.1:2525 (GreenMail) that captures what Keycloak and the platform send, so tests can
 * read a verification or password-reset mail and follow its link, or read a notification mail.
 */
public final class TestMailServer {

    public static final int PORT = 2525;
    private static final Pattern LINK = Pattern.compile("(https?://[^\\s\"<>]+/login-actions/action-token\\?[^\\s\"<>]+)");
    private static GreenMail server;

    private TestMailServer() {
    }

    public static synchronized void ensureRunning() {
        if (server == null) {
            server = new GreenMail(new ServerSetup(PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            server.start();
        }
    }

    /** Waits for a message to the address and returns the first action link (verify e-mail, reset password) in it. */
    public static String awaitActionLink(String recipient, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            Optional<String> link = Arrays.stream(server.getReceivedMessagesForDomain(recipient))
                    .map(TestMailServer::bodyOf).map(LINK::matcher).filter(Matcher::find)
                    .map(m -> m.group(1).replace("&amp;", "&")).findFirst();
            if (link.isPresent()) {
                return link.get();
            }
            server.waitForIncomingEmail(1000, 1);
        }
        throw new AssertionError("no mail with an action link reached " + recipient);
    }

    /** A received mail, decoded: subject and plain-text body. */
    public record ReceivedMail(String subject, String body) {
    }

    /** Waits for a mail to the address whose subject contains the text, and returns it decoded. */
    public static ReceivedMail awaitMessage(String recipient, String subjectContains, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            Optional<ReceivedMail> mail = messagesTo(recipient).stream()
                    .filter(m -> m.subject() != null && m.subject().contains(subjectContains)).findFirst();
            if (mail.isPresent()) {
                return mail.get();
            }
            server.waitForIncomingEmail(1000, 1);
        }
        throw new AssertionError("no mail with \"" + subjectContains + "\" in its subject reached " + recipient);
    }

    /** Every mail the address has received so far, decoded. */
    public static List<ReceivedMail> messagesTo(String recipient) {
        return Arrays.stream(server.getReceivedMessagesForDomain(recipient)).map(TestMailServer::decoded).toList();
    }

    private static ReceivedMail decoded(MimeMessage message) {
        try {
            Object content = message.getContent();
            return new ReceivedMail(message.getSubject(), content instanceof String text ? text : bodyOf(message));
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException("unreadable mail", e);
        }
    }

    private static String bodyOf(MimeMessage message) {
        return GreenMailUtil.getBody(message).replace("=\r\n", "").replace("=3D", "=");
    }
}
