package org.ziyuanku.service.gradebook;

import org.ziyuanku.service.system.RefusedException;

/**
 * A gradebook request that breaks a rule; nothing is stored. Bad weights answer 400, a stale version 409, a class or
 * offering the caller may not know of 404 (a denial in the audit trail when it exists). Keys are
 * {@code gradebook.refused.*}.
 */
public class GradebookRefusedException extends RefusedException {

    public static final String NOT_FOUND = "gradebook.refused.notFound";
    public static final String WEIGHTS = "gradebook.refused.weights";
    public static final String TARGET = "gradebook.refused.target";
    public static final String SUM = "gradebook.refused.sum";
    public static final String STALE = "gradebook.refused.stale";

    private static final long serialVersionUID = 1L;


    public GradebookRefusedException(String reasonKey, String... reasonArgs) {
        this(false, reasonKey, reasonArgs);
    }

    private GradebookRefusedException(boolean concealsDenial, String reasonKey, String... reasonArgs) {
        super(concealsDenial, reasonKey, reasonArgs);
    }

    /** A class or offering that does not exist. */
    public static GradebookRefusedException notFound() {
        return new GradebookRefusedException(NOT_FOUND);
    }

    /** A class or offering that exists but the caller may not know of: 404 to them, a denial in the audit trail. */
    public static GradebookRefusedException concealedDenial() {
        return new GradebookRefusedException(true, NOT_FOUND);
    }

    @Override
    public Kind kind() {
        if (NOT_FOUND.equals(getReasonKey())) {
            return Kind.NOT_FOUND;
        }
        return STALE.equals(getReasonKey()) ? Kind.CONFLICT : Kind.INVALID;
    }
}
