package org.ziyuanku.service.identity;

/** How a code sent by SMS was received: verified, or why not. */
public enum PhoneVerificationResult {
    VERIFIED,
    WRONG_CODE,
    EXPIRED,
    TOO_MANY_ATTEMPTS
}
