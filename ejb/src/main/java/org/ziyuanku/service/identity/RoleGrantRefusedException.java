package org.ziyuanku.service.identity;

import jakarta.ejb.ApplicationException;
import java.util.Arrays;

/**
 * A grant or revocation that breaks a rule other than scope (unknown user, role that does not fit the scope, two
 * separated duties for one person, ...). Carries a message key and its arguments; the web tier localises it.
 */
@ApplicationException(rollback = true)
public class RoleGrantRefusedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String reasonKey;
    private final String[] reasonArgs;

    public RoleGrantRefusedException(String reasonKey, String... reasonArgs) {
        super(reasonKey + " " + Arrays.toString(reasonArgs));
        this.reasonKey = reasonKey;
        this.reasonArgs = reasonArgs.clone();
    }

    public String getReasonKey() {
        return reasonKey;
    }

    public Object[] getReasonArgs() {
        return reasonArgs.clone();
    }
}
