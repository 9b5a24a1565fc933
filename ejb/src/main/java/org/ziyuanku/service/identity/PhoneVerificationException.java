package org.ziyuanku.service.identity;

import jakarta.ejb.ApplicationException;

/** A code cannot be sent: a number that is not a mainland mobile number, or a second code within a minute. */
@ApplicationException(rollback = true)
public class PhoneVerificationException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String reasonKey;

    public PhoneVerificationException(String reasonKey) {
        super(reasonKey);
        this.reasonKey = reasonKey;
    }

    public String getReasonKey() {
        return reasonKey;
    }
}
