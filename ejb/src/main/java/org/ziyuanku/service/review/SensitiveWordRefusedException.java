package org.ziyuanku.service.review;

import org.ziyuanku.service.system.RefusedException;

/**
 * A dictionary change that breaks a rule: an empty word, one over 64 characters, an unknown category or severity, a
 * word the dictionary already has (a conflict), or an import that is empty or too long. Nothing of it is stored. Keys
 * are {@code review.words.refused.*}.
 */
public class SensitiveWordRefusedException extends RefusedException {

    static final String DUPLICATE = "review.words.refused.duplicate";

    private static final long serialVersionUID = 1L;

    public SensitiveWordRefusedException(String reasonKey, String... reasonArgs) {
        super(reasonKey, reasonArgs);
    }

    @Override
    public Kind kind() {
        return DUPLICATE.equals(getReasonKey()) ? Kind.CONFLICT : Kind.INVALID;
    }
}
