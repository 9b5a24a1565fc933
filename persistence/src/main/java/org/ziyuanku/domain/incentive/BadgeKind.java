package org.ziyuanku.domain.incentive;

/**
 * The badges (徽章) and what earns each: a points total, or a count of awards of one action (entries that earned
 * points or were cut to 0 by the cap alike: the milestone was reached either way).
 */
public enum BadgeKind {
    FIRST_COMPLETION(PointAction.ITEM_COMPLETED, 1),
    TEN_COMPLETIONS(PointAction.ITEM_COMPLETED, 10),
    FIRST_ACCEPTED_ANSWER(PointAction.ANSWER_ACCEPTED, 1),
    FIRST_APPROVED_UPLOAD(PointAction.UPLOAD_APPROVED, 1),
    POINTS_100(null, 100),
    POINTS_500(null, 500);

    private final PointAction action;
    private final long threshold;

    BadgeKind(PointAction action, long threshold) {
        this.action = action;
        this.threshold = threshold;
    }

    /** The action whose awards are counted, or null when the points total is. */
    public PointAction action() {
        return action;
    }

    public long threshold() {
        return threshold;
    }

    /** Whether an account with this total and this many awards of the badge's action has earned it. */
    public boolean earnedBy(long total, long actionAwards) {
        return action == null ? total >= threshold : actionAwards >= threshold;
    }

    /** The badge named {@code name}, or null. */
    public static BadgeKind named(String name) {
        for (BadgeKind kind : values()) {
            if (kind.name().equals(name)) {
                return kind;
            }
        }
        return null;
    }
}
