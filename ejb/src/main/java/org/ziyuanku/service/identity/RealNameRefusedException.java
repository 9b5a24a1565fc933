package org.ziyuanku.service.identity;

import org.ziyuanku.service.system.RefusedException;

/**
 * A real-name binding (实名认证) was refused; nothing was stored. The message key says why in the interface bundle.
 * A wrong name and an unknown number give the same {@link #MISMATCH}, so nobody learns which numbers are on a roster.
 */
public class RealNameRefusedException extends RefusedException {

    public static final String MISMATCH = "identity.realName.mismatch";
    public static final String ALREADY_BOUND = "identity.realName.alreadyBound";
    public static final String ALREADY_VERIFIED = "identity.realName.alreadyVerified";

    private static final long serialVersionUID = 1L;

    public RealNameRefusedException(String messageKey) {
        super(messageKey);
    }
}
