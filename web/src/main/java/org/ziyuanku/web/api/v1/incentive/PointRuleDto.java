package org.ziyuanku.web.api.v1.incentive;

import org.ziyuanku.service.incentive.PointRuleView;

/** A point rule. */
public record PointRuleDto(String action, int points, Integer unitSeconds, int dailyCap, int version) {

    public static PointRuleDto of(PointRuleView v) {
        return new PointRuleDto(v.action(), v.points(), v.unitSeconds(), v.dailyCap(), v.version());
    }
}
