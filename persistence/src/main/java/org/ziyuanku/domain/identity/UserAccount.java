package org.ziyuanku.domain.identity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
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

/**
 * A person known to the platform, identified by the Keycloak user name, and the organisation they belong to (a
 * school for its teachers and students). Credentials never live here.
 */
@Entity
@Table(name = "user_account")
@NamedQuery(name = "UserAccount.findByUsername", query = "select u from UserAccount u where u.username = :username")
public class UserAccount {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "user_account_seq")
    @SequenceGenerator(name = "user_account_seq", sequenceName = "user_account_seq", allocationSize = 50)
    private Long id;

    @Column(nullable = false, unique = true, length = 128)
    private String username;

    @Column(name = "display_name", nullable = false, length = 128)
    private String displayName;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "organisation_id")
    private Organisation organisation;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "unit_id")
    private OrganisationUnit unit;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private AccountStatus status = AccountStatus.ACTIVE;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    @Column(length = 20)
    private String phone;

    @Column(name = "phone_verified_at")
    private LocalDateTime phoneVerifiedAt;

    @Column(name = "real_name", length = RosterEntry.MAX_NAME)
    private String realName;

    @Column(name = "member_number", length = RosterEntry.MAX_NUMBER)
    private String memberNumber;

    @Column(name = "real_name_verified_at")
    private LocalDateTime realNameVerifiedAt;

    @Version
    private int version;

    protected UserAccount() {
    }

    public UserAccount(String username, String displayName, Organisation organisation) {
        this.username = Objects.requireNonNull(username, "username");
        this.displayName = displayName == null || displayName.isBlank() ? username : displayName;
        this.organisation = organisation;
        this.createdAt = LocalDateTime.now();
    }

    /** Makes the account a member of the organisation when it belongs to none yet; answers whether it is one now. */
    public boolean joinOrganisation(Organisation org) {
        if (organisation == null) {
            organisation = org;
        }
        return organisation.getId().equals(org.getId());
    }

    /** Places the member in a unit of their own organisation, or in none (null). */
    public void placeInUnit(OrganisationUnit newUnit) {
        if (newUnit != null && (organisation == null
                || !organisation.getId().equals(newUnit.getOrganisation().getId()))) {
            throw new IllegalArgumentException("the unit belongs to another organisation");
        }
        this.unit = newUnit;
    }

    public OrganisationUnit getUnit() {
        return unit;
    }

    /** Enables or disables the account; a disabled account cannot sign in. */
    public void changeStatus(AccountStatus newStatus) {
        this.status = Objects.requireNonNull(newStatus, "status");
    }

    /** Records a mobile number the person proved they receive messages on. */
    public void verifyPhone(String verifiedPhone) {
        this.phone = Objects.requireNonNull(verifiedPhone, "phone");
        this.phoneVerifiedAt = LocalDateTime.now();
    }

    public String getPhone() {
        return phone;

    }

    /**
     * Records that this person's real name (实名) was verified against their school's roster: the account belongs to
     * that school from now on and shows the roster name. Happens once ({@link IllegalStateException} otherwise).
     */
    public void bindRealName(String name, String number, Organisation school) {
        if (isRealNameVerified()) {
            throw new IllegalStateException(username + " has already verified a real name");
        }
        this.realName = RosterText.name(name);
        this.memberNumber = RosterText.number(number);
        this.organisation = Objects.requireNonNull(school, "school");
        this.displayName = realName;
        this.realNameVerifiedAt = LocalDateTime.now();
    }

    public boolean isRealNameVerified() {
        return realNameVerifiedAt != null;
    }

    public Long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public Organisation getOrganisation() {
        return organisation;
    }

    public AccountStatus getStatus() {
        return status;
    }

    public String getRealName() {
        return realName;
    }

    public String getMemberNumber() {
        return memberNumber;
    }

    public LocalDateTime getRealNameVerifiedAt() {
        return realNameVerifiedAt;
    }
}
