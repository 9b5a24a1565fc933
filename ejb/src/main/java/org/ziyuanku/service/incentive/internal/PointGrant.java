package org.ziyuanku.service.incentive.internal;

import org.ziyuanku.domain.incentive.PointAction;
import org.ziyuanku.domain.incentive.PointRule;

/**
 * The arithmetic of one award: what the occurrence earns under the rule (learning time: the rule's points for every
 * whole {@code unitSeconds} the day's seconds crossed), and how much of it the day's cap still allows.
 *
 * @param earned points the occurrence earns before the cap
 * @param granted points given, {@code 0 ≤ granted ≤ earned}, never taking the day over the cap
 * @param secondsAfter the day's learning seconds afterwards (unchanged for other actions)
 */
public record PointGrant(int earned, int granted, long secondsAfter) {

    /** The grant for an occurrence, given the day's points and learning seconds so far. */
    public static PointGrant of(PointRule rule, int dayPoints, long daySeconds, long creditedSeconds) {
        int earned;
        long secondsAfter = daySeconds;
        if (rule.getAction() == PointAction.LEARNING_TIME) {
            long unit = rule.getUnitSeconds() == null || rule.getUnitSeconds() <= 0 ? 300 : rule.getUnitSeconds();
            secondsAfter = daySeconds + Math.max(0, creditedSeconds);
            long units = secondsAfter / unit - daySeconds / unit;
            earned = (int) Math.min(Integer.MAX_VALUE, units * rule.getPoints());
        } else {
            earned = rule.getPoints();
        }
        int room = Math.max(0, rule.getDailyCap() - dayPoints);
        return new PointGrant(earned, Math.min(earned, room), secondsAfter);
    }
}
