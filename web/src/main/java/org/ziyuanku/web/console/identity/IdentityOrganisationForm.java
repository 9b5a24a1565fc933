package org.ziyuanku.web.console.identity;

import java.io.Serializable;
import org.ziyuanku.service.identity.OrganisationProfileCommand;
import org.ziyuanku.service.identity.OrganisationProfileView;

/**
 * What the forms of console/identity/organisation.xhtml post: the organisation's data, a new unit (parent, name,
 * code), and the unit to rename or move with its new name or parent. Ids stay text; an empty parent is the top level.
 */
public class IdentityOrganisationForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private String shortName;
    private String website;
    private String contactPhone;
    private String contactEmail;
    private String address;
    private String parent;
    private String name;
    private String code;
    private String unit;
    private String target;

    /** Fills the organisation's data as stored. */
    void show(OrganisationProfileView p) {
        shortName = p.shortName();
        website = p.website();
        contactPhone = p.contactPhone();
        contactEmail = p.contactEmail();
        address = p.address();
    }

    OrganisationProfileCommand profile() {
        return new OrganisationProfileCommand(shortName, website, contactPhone, contactEmail, address);
    }

    static Long id(String text) {
        try {
            return text == null || text.isBlank() ? null : Long.valueOf(text.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    public String getShortName() {
        return shortName;
    }

    public void setShortName(String shortName) {
        this.shortName = shortName;
    }

    public String getWebsite() {
        return website;
    }

    public void setWebsite(String website) {
        this.website = website;
    }

    public String getContactPhone() {
        return contactPhone;
    }

    public void setContactPhone(String contactPhone) {
        this.contactPhone = contactPhone;
    }

    public String getContactEmail() {
        return contactEmail;
    }

    public void setContactEmail(String contactEmail) {
        this.contactEmail = contactEmail;
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }

    public String getParent() {
        return parent;
    }

    public void setParent(String parent) {
        this.parent = parent;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getUnit() {
        return unit;
    }

    public void setUnit(String unit) {
        this.unit = unit;
    }

    public String getTarget() {
        return target;
    }

    public void setTarget(String target) {
        this.target = target;
    }
}
