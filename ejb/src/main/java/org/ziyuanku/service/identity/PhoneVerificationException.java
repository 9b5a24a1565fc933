package org.ziyuanku.service.identity;

import org.ziyuanku.service.system.RefusedException;

/** A code cannot be sent: a number that is not a mainland mobile number, or a second code within a minute. */
public class PhoneVerificationException extends RefusedException {

    private static final long serialVersionUID = 1L;

    public PhoneVerificationException(String reasonKey) {
        super(reasonKey);
    }
}
