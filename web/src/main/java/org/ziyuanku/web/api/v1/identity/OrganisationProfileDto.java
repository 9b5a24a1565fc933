package org.ziyuanku.web.api.v1.identity;

/** The body of {@code PUT /api/v1/organisations/{id}/profile}; a blank or absent field is cleared. */
public record OrganisationProfileDto(String shortName, String website, String contactPhone, String contactEmail,
        String address) {
}
