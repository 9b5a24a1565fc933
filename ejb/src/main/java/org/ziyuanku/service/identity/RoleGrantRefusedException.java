package org.ziyuanku.service.identity;

import java.util.Set;
import org.ziyuanku.service.system.RefusedException;

/**
 * A grant or revocation that breaks a rule other than scope (unknown user, role that does not fit the scope, two
 * separated duties for one person, ...). Unknown names are bad input; the rest conflict with what is held already.
 */
public class RoleGrantRefusedException extends RefusedException {

    private static final long serialVersionUID = 1L;
    private static final Set<String> INVALID = Set.of("identity.grants.unknownRole", "identity.grants.unknownScope",
            "identity.grants.scopeMismatch", "identity.grants.unknownUser");

    public RoleGrantRefusedException(String reasonKey, String... reasonArgs) {
        super(reasonKey, reasonArgs);
    }

    @Override
    public Kind kind() {
        return INVALID.contains(getReasonKey()) ? Kind.INVALID : Kind.CONFLICT;
    }
}
