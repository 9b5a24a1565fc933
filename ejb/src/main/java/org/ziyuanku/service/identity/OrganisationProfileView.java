package org.ziyuanku.service.identity;

import java.io.Serializable;

/**
 * An organisation's data: the catalogue's name, type and province (fixed here), and the data its administrators keep
 * (abbreviation, website, contact phone and e-mail, address; each may be null).
 */
public record OrganisationProfileView(long id, String name, String type, String province, String shortName,
        String website, String contactPhone, String contactEmail, String address) implements Serializable {
}
