package org.ziyuanku.service.qa;

import java.util.Set;
import org.ziyuanku.service.system.RefusedException;

/** A Q&A request refused: bad input (400), a conflict (409), or something unknown to the caller (404). */
public class QaRefusedException extends RefusedException {

    public static final String NOT_FOUND = "qa.refused.notFound";
    public static final String TITLE = "qa.refused.title";
    public static final String BODY = "qa.refused.body";
    public static final String ANSWER = "qa.refused.answer";
    public static final String NOT_ANSWERED = "qa.refused.notAnswered";
    public static final String SIGN_IN = "qa.refused.signIn";

    private static final long serialVersionUID = 1L;
    private static final Set<String> CONFLICTS = Set.of(NOT_ANSWERED);

    public QaRefusedException(String reasonKey, String... reasonArgs) {
        super(reasonKey, reasonArgs);
    }

    @Override
    public Kind kind() {
        if (NOT_FOUND.equals(getReasonKey())) {
            return Kind.NOT_FOUND;
        }
        if (SIGN_IN.equals(getReasonKey())) {
            return Kind.FORBIDDEN;
        }
        return CONFLICTS.contains(getReasonKey()) ? Kind.CONFLICT : Kind.INVALID;
    }
}
