package org.ziyuanku.service.incentive;

import java.io.Serializable;

/**
 * New values of a point rule: points 0–1000, unit seconds 60–86400 (learning time only; ignored otherwise), daily cap
 * 0–100000, and the version last read (null: no check).
 */
public record PointRuleCommand(Integer points, Integer unitSeconds, Integer dailyCap, Integer version)
        implements Serializable {
}
