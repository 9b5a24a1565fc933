package org.ziyuanku.web.api.v1.incentive;

/** The body of {@code PUT /api/v1/point-rules/{action}}. */
public record PointRuleBodyDto(Integer points, Integer unitSeconds, Integer dailyCap, Integer version) {
}
