package org.ziyuanku.service.identity;

import java.util.Set;
import org.ziyuanku.service.system.RefusedException;

/**
 * A change to an organisation's units or data that breaks a rule. Bad input (empty or too long name, a parent that is
 * not the organisation's, a move under the unit itself or its descendants, malformed contact data) answers 400; a
 * sibling with the same name, a unit that still has units or members, or a change made meanwhile by someone else 409;
 * an unknown unit 404. Nothing of the change is stored. Keys are {@code identity.units.refused.*}.
 */
public class OrganisationUnitRefusedException extends RefusedException {

    static final String DUPLICATE = "identity.units.refused.duplicate";
    static final String HAS_CHILDREN = "identity.units.refused.hasChildren";
    static final String HAS_MEMBERS = "identity.units.refused.hasMembers";
    static final String STALE = "identity.units.refused.stale";
    static final String UNKNOWN_UNIT = "identity.units.refused.unknownUnit";

    private static final long serialVersionUID = 1L;
    private static final Set<String> CONFLICTS = Set.of(DUPLICATE, HAS_CHILDREN, HAS_MEMBERS, STALE);

    public OrganisationUnitRefusedException(String reasonKey, String... reasonArgs) {
        super(reasonKey, reasonArgs);
    }

    @Override
    public Kind kind() {
        if (UNKNOWN_UNIT.equals(getReasonKey())) {
            return Kind.NOT_FOUND;
        }
        return CONFLICTS.contains(getReasonKey()) ? Kind.CONFLICT : Kind.INVALID;
    }
}
