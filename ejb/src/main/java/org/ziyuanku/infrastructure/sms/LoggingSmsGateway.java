package org.ziyuanku.infrastructure.sms;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.logging.Logger;

/**
 * The development SMS gateway: it sends nothing and writes each message, code included, to the server log with a
 * warning saying so. Replace it with an operator's gateway before going live (docs/operations.md).
 */
@ApplicationScoped
public class LoggingSmsGateway implements SmsGateway {

    private static final Logger LOG = Logger.getLogger(LoggingSmsGateway.class.getName());

    @Override
    public void send(String phone, String text) {
        LOG.warning(() -> "DEVELOPMENT SMS GATEWAY - NOTHING WAS SENT. Message for " + phone + ": " + text);
    }
}
