package org.ziyuanku.service.incentive;

import java.io.Serializable;
import org.ziyuanku.domain.incentive.PointRule;

/** A point rule: points per occurrence (or per {@code unitSeconds} of learning time) and the daily cap. */
public record PointRuleView(String action, int points, Integer unitSeconds, int dailyCap, int version)
        implements Serializable {

    public static PointRuleView of(PointRule rule) {
        return new PointRuleView(rule.getAction().name(), rule.getPoints(), rule.getUnitSeconds(), rule.getDailyCap(),
                rule.getVersion());
    }
}
