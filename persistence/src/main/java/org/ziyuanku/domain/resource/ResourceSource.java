package org.ziyuanku.domain.resource;

/** Where a resource's content comes from (资源来源). */
public enum ResourceSource {
    ORIGINAL, ENTERPRISE_CASE, INDUSTRY_STANDARD, COMPETITION, ADAPTED, THIRD_PARTY
}
