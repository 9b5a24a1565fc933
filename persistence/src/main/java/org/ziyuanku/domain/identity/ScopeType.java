package org.ziyuanku.domain.identity;

/** Where a role holds: the whole platform, one province, one organisation, one library or one course. */
public enum ScopeType {
    PLATFORM,
    PROVINCE,
    ORGANISATION,
    LIBRARY,
    COURSE
}
