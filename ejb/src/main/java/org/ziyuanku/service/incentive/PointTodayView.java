package org.ziyuanku.service.incentive;

import java.io.Serializable;

/** Today's points of one action against its daily cap. */
public record PointTodayView(String action, int points, int dailyCap) implements Serializable {
}
