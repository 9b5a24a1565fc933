package org.ziyuanku.domain.identity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDateTime;
import java.util.Objects;
import org.ziyuanku.domain.system.PublicContent;

/** A school (院校), company (企业), association (行业协会) or education department (教育行政部门), unique by name. */
@Entity
@EntityListeners(PublicContent.class)
@Table(name = "organisation")
@NamedQuery(name = "Organisation.findByName", query = "select o from Organisation o where o.name = :name")
public class Organisation {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "organisation_seq")
    @SequenceGenerator(name = "organisation_seq", sequenceName = "organisation_seq", allocationSize = 50)
    private Long id;

    @Column(nullable = false, unique = true, length = 128)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private OrganisationType type;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "province_id")
    private Province province;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    @Column(name = "short_name", length = 32)
    private String shortName;

    @Column(length = 255)
    private String website;

    @Column(name = "contact_phone", length = 32)
    private String contactPhone;

    @Column(name = "contact_email", length = 254)
    private String contactEmail;

    @Column(length = 255)
    private String address;

    @Column(name = "updated_at")
    private LocalDateTime updatedAt;

    @Version
    private int version;

    protected Organisation() {
    }

    public Organisation(String name, OrganisationType type, Province province) {
        this.name = requireName(name);
        this.type = Objects.requireNonNull(type, "type");
        this.province = province;
        this.createdAt = LocalDateTime.now();
    }

    private static String requireName(String name) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("organisation name is required");
        }
        return name.strip();
    }

    /** Sets type and province; returns whether anything changed. */
    public boolean classify(OrganisationType newType, Province newProvince) {
        boolean changed = type != newType || !Objects.equals(idOf(province), idOf(newProvince));
        this.type = Objects.requireNonNull(newType, "type");
        this.province = newProvince;
        return changed;
    }

    /**
     * Sets the organisation's own data (the name stays the national catalogue's): abbreviation (简称), website,
     * contact phone and e-mail, address; blanks become empty. Checking their form is the caller's rule.
     */
    public void describe(String newShortName, String newWebsite, String newPhone, String newEmail, String newAddress) {
        this.shortName = blankToNull(newShortName);
        this.website = blankToNull(newWebsite);
        this.contactPhone = blankToNull(newPhone);
        this.contactEmail = blankToNull(newEmail);
        this.address = blankToNull(newAddress);
        this.updatedAt = LocalDateTime.now();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static Long idOf(Province p) {
        return p == null ? null : p.getId();
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public OrganisationType getType() {
        return type;
    }

    public Province getProvince() {
        return province;
    }

    public LocalDateTime getCreatedAt() {
        return createdAt;
    }

    public String getShortName() {
        return shortName;
    }

    public String getWebsite() {
        return website;
    }

    public String getContactPhone() {
        return contactPhone;
    }

    public String getContactEmail() {
        return contactEmail;
    }

    public String getAddress() {
        return address;
    }

    public int getVersion() {
        return version;
    }
}
