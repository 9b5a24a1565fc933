package org.ziyuanku.service.system;

import jakarta.ejb.ApplicationException;
import java.util.Arrays;

/**
 * A request a service refuses because it breaks a rule (not because the caller lacks the right, which is
 * {@code AccessDeniedException}). It rolls the transaction back and carries the message key of the explanation and
 * its arguments; every interface localises it the same way. {@link #kind()} tells interfaces that answer with a
 * status what sort of refusal it is.
 */
@ApplicationException(rollback = true, inherited = true)
public abstract class RefusedException extends RuntimeException {

    /**
     * The sort of refusal: bad input, a conflict with the present state, content too large, a type not accepted, or a
     * step a rule forbids this caller (reviewing their own item) although their role would otherwise allow it, or
     * something asked for that does not exist.
     */
    public enum Kind {
        INVALID, CONFLICT, TOO_LARGE, UNSUPPORTED_TYPE, FORBIDDEN, NOT_FOUND
    }

    private static final long serialVersionUID = 1L;

    private final String reasonKey;
    private final String[] reasonArgs;
    private final boolean concealsDenial;

    protected RefusedException(String reasonKey, String... reasonArgs) {
        this(false, reasonKey, reasonArgs);
    }

    /**
     * A refusal that, when {@code concealsDenial}, answers something that exists as not found (so that the caller
     * learns nothing) while the audit trail records it as a denial.
     */
    protected RefusedException(boolean concealsDenial, String reasonKey, String... reasonArgs) {
        super(reasonKey + " " + Arrays.toString(reasonArgs));
        this.reasonKey = reasonKey;
        this.reasonArgs = reasonArgs.clone();
        this.concealsDenial = concealsDenial;
    }

    public String getReasonKey() {
        return reasonKey;
    }

    public Object[] getReasonArgs() {
        return reasonArgs.clone();
    }

    /**
     * Whether the refusal denies the caller a right (audited as DENIED rather than FAILURE), whatever the interfaces
     * answer: a step a rule forbids this caller, or, where a subclass says so, something that exists but is answered
     * as not found so that the caller learns nothing.
     */
    public boolean deniesCaller() {
        return concealsDenial || kind() == Kind.FORBIDDEN;
    }

    /** What sort of refusal this is; bad input unless a subclass knows better. */
    public Kind kind() {
        return Kind.INVALID;
    }
}
