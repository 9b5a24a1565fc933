package org.ziyuanku.service.identity;

/** An organisation's own data; blank fields are cleared. The catalogue's name is not part of it. */
public record OrganisationProfileCommand(String shortName, String website, String contactPhone, String contactEmail,
        String address) {
}
