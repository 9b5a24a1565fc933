package org.ziyuanku.web.api.v1.identity;

import org.ziyuanku.service.identity.OrganisationUnitView;

/** A unit in the answer of {@code /api/v1/organisations/{id}/units}: its place in the tree and how many people. */
public record OrganisationUnitNodeDto(long id, Long parentId, String name, String code, int sortOrder, int depth,
        long members) {

    public static OrganisationUnitNodeDto of(OrganisationUnitView v) {
        return new OrganisationUnitNodeDto(v.id(), v.parentId(), v.name(), v.code(), v.sortOrder(), v.depth(),
                v.members());
    }
}
