package org.ziyuanku.service.review;

import java.util.Set;
import org.ziyuanku.service.system.RefusedException;

/**
 * A review step that breaks a rule of tiered review: reviewing one's own item or an item at a second level, deciding
 * what is already decided or has changed, rejecting without a reason, submitting what is already under review or
 * contains blocked words. Nothing of it is stored. Keys are {@code review.refused.*}.
 */
public class ReviewRefusedException extends RefusedException {

    private static final long serialVersionUID = 1L;
    private static final Set<String> CONFLICTS = Set.of("review.refused.alreadyDecided", "review.refused.stale",
            "review.refused.alreadyInReview", "review.refused.notInReview", "review.refused.notPublished");
    private static final Set<String> FORBIDDEN = Set.of("review.refused.ownItem", "review.refused.secondLevel");

    public ReviewRefusedException(String reasonKey, String... reasonArgs) {
        super(reasonKey, reasonArgs);
    }

    @Override
    public Kind kind() {
        if ("review.refused.noTask".equals(getReasonKey())) {
            return Kind.NOT_FOUND;
        }
        return CONFLICTS.contains(getReasonKey()) ? Kind.CONFLICT
                : FORBIDDEN.contains(getReasonKey()) ? Kind.FORBIDDEN : Kind.INVALID;
    }
}
