package org.ziyuanku.domain.incentive;

/** What earns points; each has one {@link PointRule}. */
public enum PointAction {
    /** Verified learning time: the rule's points per {@code unitSeconds} of time the server credited. */
    LEARNING_TIME,
    /** A course item completed for the first time. */
    ITEM_COMPLETED,
    /** One's answer accepted by the asker in a class's Q&A. */
    ANSWER_ACCEPTED,
    /** One's uploaded resource published after tiered review (first publication only). */
    UPLOAD_APPROVED;

    /** The action named {@code name} (any case), or null. */
    public static PointAction named(String name) {
        for (PointAction action : values()) {
            if (action.name().equalsIgnoreCase(name)) {
                return action;
            }
        }
        return null;
    }
}
