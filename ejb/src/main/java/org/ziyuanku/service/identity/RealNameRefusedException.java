package org.ziyuanku.service.identity;

import jakarta.ejb.ApplicationException;

/**
 * A real-name binding (实名认证) was refused; nothing was stored. The message key says why in the interface bundle.
 * A wrong name and an unknown number give the same {@link #MISMATCH}, so nobody learns which numbers are on a roster.
 */
@ApplicationException(rollback = true)
public class RealNameRefusedException extends RuntimeException {

    public static final String MISMATCH = "identity.realName.mismatch";
    public static final String ALREADY_BOUND = "identity.realName.alreadyBound";
    public static final String ALREADY_VERIFIED = "identity.realName.alreadyVerified";

    private static final long serialVersionUID = 1L;

    private final String messageKey;

    public RealNameRefusedException(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    /** The key of the interface text that explains the refusal. */
    public String messageKey() {
        return messageKey;
    }
}
