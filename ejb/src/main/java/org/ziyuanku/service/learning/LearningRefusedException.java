package org.ziyuanku.service.learning;

import java.util.Set;
import org.ziyuanku.service.system.RefusedException;

/**
 * A learning request refused: an attempt or item the caller may not know of ({@code learning.refused.notFound}, 404,
 * the same for a fabricated token and another learner's), a replayed beat or superseded attempt (409), an expired
 * attempt ({@code learning.refused.expired}, which interfaces answer with 410 Gone), a certificate asked for before the
 * course is complete (409), a malformed beat (400).
 */
public class LearningRefusedException extends RefusedException {

    public static final String NOT_FOUND = "learning.refused.notFound";
    public static final String REPLAY = "learning.refused.replay";
    public static final String SUPERSEDED = "learning.refused.superseded";
    public static final String EXPIRED = "learning.refused.expired";
    public static final String MALFORMED = "learning.refused.malformed";
    public static final String INCOMPLETE = "learning.refused.incomplete";

    private static final long serialVersionUID = 1L;
    private static final Set<String> CONFLICTS = Set.of(REPLAY, SUPERSEDED, EXPIRED, INCOMPLETE);

    public LearningRefusedException(String reasonKey, String... reasonArgs) {
        super(reasonKey, reasonArgs);
    }

    @Override
    public Kind kind() {
        return NOT_FOUND.equals(getReasonKey()) ? Kind.NOT_FOUND
                : CONFLICTS.contains(getReasonKey()) ? Kind.CONFLICT : Kind.INVALID;
    }

    /** Whether the attempt is over for good (answered 410 Gone). */
    public boolean isGone() {
        return EXPIRED.equals(getReasonKey());
    }
}
