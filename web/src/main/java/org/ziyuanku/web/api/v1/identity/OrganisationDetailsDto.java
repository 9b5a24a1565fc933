package org.ziyuanku.web.api.v1.identity;

import org.ziyuanku.service.identity.OrganisationProfileView;

/**
 * The answer of {@code /api/v1/organisations/{id}/profile}: the catalogue's name, type and province, and the data the
 * organisation's administrators keep (each may be null).
 */
public record OrganisationDetailsDto(long id, String name, String type, String province, String shortName,
        String website, String contactPhone, String contactEmail, String address) {

    public static OrganisationDetailsDto of(OrganisationProfileView v) {
        return new OrganisationDetailsDto(v.id(), v.name(), v.type(), v.province(), v.shortName(), v.website(),
                v.contactPhone(), v.contactEmail(), v.address());
    }
}
