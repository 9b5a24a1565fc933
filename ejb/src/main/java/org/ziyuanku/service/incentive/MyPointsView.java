package org.ziyuanku.service.incentive;

import java.io.Serializable;
import java.util.List;

/**
 * The caller's points: the total, the level reached (1–6) and the total where the next begins (null at the top),
 * today's points per action against the caps, the latest awards and the badges.
 */
public record MyPointsView(long total, int level, Long nextLevelAt, List<PointTodayView> today,
        List<PointEntryView> recent, List<BadgeView> badges) implements Serializable {
}
