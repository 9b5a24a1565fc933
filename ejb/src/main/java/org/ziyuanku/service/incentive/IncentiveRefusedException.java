package org.ziyuanku.service.incentive;

import org.ziyuanku.service.system.RefusedException;

/**
 * An incentive request that breaks a rule; nothing is stored. Bad rule values answer 400, a stale version 409, an
 * unknown rule, badge, class, library or school 404 (a denial in the audit trail when it exists but is not the
 * caller's to see). Keys are {@code incentive.refused.*}.
 */
public class IncentiveRefusedException extends RefusedException {

    public static final String NOT_FOUND = "incentive.refused.notFound";
    public static final String POINTS = "incentive.refused.points";
    public static final String UNIT = "incentive.refused.unit";
    public static final String CAP = "incentive.refused.cap";
    public static final String STALE = "incentive.refused.stale";

    private static final long serialVersionUID = 1L;


    public IncentiveRefusedException(String reasonKey, String... reasonArgs) {
        this(false, reasonKey, reasonArgs);
    }

    private IncentiveRefusedException(boolean concealsDenial, String reasonKey, String... reasonArgs) {
        super(concealsDenial, reasonKey, reasonArgs);
    }

    /** Something that does not exist. */
    public static IncentiveRefusedException notFound() {
        return new IncentiveRefusedException(NOT_FOUND);
    }

    /** Something that exists but the caller may not know of: 404 to them, a denial in the audit trail. */
    public static IncentiveRefusedException concealedDenial() {
        return new IncentiveRefusedException(true, NOT_FOUND);
    }

    @Override
    public Kind kind() {
        if (NOT_FOUND.equals(getReasonKey())) {
            return Kind.NOT_FOUND;
        }
        return STALE.equals(getReasonKey()) ? Kind.CONFLICT : Kind.INVALID;
    }
}
