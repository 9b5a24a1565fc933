package org.ziyuanku.infrastructure.sms;

/**
 * Sends a short text message to a mobile number. Production installations plug in their operator's gateway (an
 * alternative CDI bean); the platform ships {@link LoggingSmsGateway} for development and evaluation.
 */
public interface SmsGateway {

    /** Sends {@code text} to the mainland mobile number {@code phone}. */
    void send(String phone, String text);
}
