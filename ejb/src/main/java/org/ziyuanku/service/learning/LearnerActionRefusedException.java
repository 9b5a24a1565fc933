package org.ziyuanku.service.learning;

import org.ziyuanku.service.system.RefusedException;

/**
 * A favourite or note request refused: bad input (400; keys {@code learning.action.*}), or a favourite, folder, note,
 * resource or course item the caller may not know of ({@link #NOT_FOUND}, 404, the same for another learner's private
 * note as for one that does not exist, and audited as a denial).
 */
public class LearnerActionRefusedException extends RefusedException {

    public static final String NOT_FOUND = "learning.action.notFound";

    private static final long serialVersionUID = 1L;

    public LearnerActionRefusedException(String reasonKey, String... reasonArgs) {
        super(reasonKey, reasonArgs);
    }

    /** Something the caller may not know of: 404, audited as DENIED. */
    public static LearnerActionRefusedException notFound() {
        return new LearnerActionRefusedException(NOT_FOUND);
    }

    @Override
    public Kind kind() {
        return NOT_FOUND.equals(getReasonKey()) ? Kind.NOT_FOUND : Kind.INVALID;
    }

    @Override
    public boolean deniesCaller() {
        return NOT_FOUND.equals(getReasonKey());
    }
}
