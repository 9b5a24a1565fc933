package org.ziyuanku.domain.review;

import org.ziyuanku.domain.system.PlatformRole;
import org.ziyuanku.domain.identity.ScopeType;

/**
 * Who decides one review level: a realm role held within a scope that follows from the item under review. The
 * contributing unit's reviewer (参建单位审核员), its course-team lead, a reviewer of the whole library, a reviewer of
 * the library's first host unit (第一主持单位, first responsible for content), or the library's administrators.
 */
public enum ReviewerRule {
    UNIT_REVIEWER(PlatformRole.REVIEWER, ScopeType.ORGANISATION),
    COURSE_TEAM_LEAD(PlatformRole.COURSE_TEAM_LEAD, ScopeType.ORGANISATION),
    LIBRARY_REVIEWER(PlatformRole.REVIEWER, ScopeType.LIBRARY),
    HOST_UNIT_REVIEWER(PlatformRole.REVIEWER, ScopeType.ORGANISATION),
    LIBRARY_ADMIN(PlatformRole.LIBRARY_ADMIN, ScopeType.LIBRARY);

    private final PlatformRole role;
    private final ScopeType scopeType;

    ReviewerRule(PlatformRole role, ScopeType scopeType) {
        this.role = role;
        this.scopeType = scopeType;
    }

    public PlatformRole role() {
        return role;
    }

    public ScopeType scopeType() {
        return scopeType;
    }

    /**
     * The scope id a reviewer's grant must name for an item of {@code libraryId} contributed by {@code unitId}; null
     * when the item has no such scope (no contributing unit, a library without host units).
     */
    public Long scopeIdFor(long libraryId, Long unitId, Long firstHostUnitId) {
        return switch (this) {
            case UNIT_REVIEWER, COURSE_TEAM_LEAD -> unitId;
            case HOST_UNIT_REVIEWER -> firstHostUnitId;
            case LIBRARY_REVIEWER, LIBRARY_ADMIN -> libraryId;
        };
    }
}
