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
 * One person on a school's roster (名单): name, staff or student number (工号/学号, unique within the school) and
 * whether they are a student or a teacher. A person registering under real name (实名制) is bound to the entry whose
 * number and name they give; a bound entry keeps its name and role.
 */
@Entity
@Table(name = "roster_entry")
@NamedQuery(name = "RosterEntry.findByOrganisation",
        query = "select e from RosterEntry e where e.organisation.id = :org")
@NamedQuery(name = "RosterEntry.findByNumber",
        query = "select e from RosterEntry e where e.organisation.id = :org and e.memberNumber = :number")
public class RosterEntry {

    public static final int MAX_NAME = 64;
    public static final int MAX_NUMBER = 32;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "roster_entry_seq")
    @SequenceGenerator(name = "roster_entry_seq", sequenceName = "roster_entry_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "organisation_id", nullable = false)
    private Organisation organisation;

    @Column(name = "person_name", nullable = false, length = MAX_NAME)
    private String personName;

    @Column(name = "member_number", nullable = false, length = MAX_NUMBER)
    private String memberNumber;

    @Enumerated(EnumType.STRING)
    @Column(name = "member_role", nullable = false, length = 16)
    private RosterRole memberRole;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "bound_user_id")
    private UserAccount boundUser;

    @Column(name = "bound_at")
    private LocalDateTime boundAt;

    @Column(name = "imported_by", nullable = false, length = 128)
    private String importedBy;

    @Column(name = "imported_at", nullable = false)
    private LocalDateTime importedAt;

    @Version
    private int version;

    protected RosterEntry() {
    }

    public RosterEntry(Organisation organisation, String personName, String memberNumber, RosterRole memberRole,
            String importedBy) {
        this.organisation = Objects.requireNonNull(organisation, "organisation");
        this.memberNumber = require(RosterText.number(memberNumber), MAX_NUMBER, "member number");
        assign(personName, memberRole, importedBy);
    }

    private void assign(String name, RosterRole role, String by) {
        this.personName = require(RosterText.name(name), MAX_NAME, "person name");
        this.memberRole = Objects.requireNonNull(role, "memberRole");
        this.importedBy = Objects.requireNonNull(by, "importedBy");
        this.importedAt = LocalDateTime.now();
    }

    private static String require(String value, int max, String what) {
        if (value.isEmpty() || value.length() > max) {
            throw new IllegalArgumentException(what + " must have 1 to " + max + " characters");
        }
        return value;
    }

    /** Whether a new import of this number would change nothing. */
    public boolean sameAs(String name, RosterRole role) {
        return personName.equals(RosterText.name(name)) && memberRole == role;
    }

    /**
     * Takes name and role from a new import; returns whether anything changed. A bound entry refuses changes
     * ({@link IllegalStateException}): the account bound to it was verified against the old ones.
     */
    public boolean reimport(String name, RosterRole role, String by) {
        if (sameAs(name, role)) {
            return false;
        }
        if (isBound()) {
            throw new IllegalStateException("roster entry " + memberNumber + " is bound; name and role are fixed");
        }
        assign(name, role, by);
        return true;
    }

    /** Whether the name is the one on the roster (compared as {@link RosterText#sameName}). */
    public boolean matchesName(String name) {
        return RosterText.sameName(personName, name);
    }

    public boolean isBound() {
        return boundUser != null;
    }

    /** Binds the account to this entry; an entry is bound once ({@link IllegalStateException} otherwise). */
    public void bindTo(UserAccount account) {
        if (isBound()) {
            throw new IllegalStateException("roster entry " + memberNumber + " is already bound");
        }
        this.boundUser = Objects.requireNonNull(account, "account");
        this.boundAt = LocalDateTime.now();
    }

    public Long getId() {
        return id;
    }

    public Organisation getOrganisation() {
        return organisation;
    }

    public String getPersonName() {
        return personName;
    }

    public String getMemberNumber() {
        return memberNumber;
    }

    public RosterRole getMemberRole() {
        return memberRole;
    }

    public UserAccount getBoundUser() {
        return boundUser;
    }
}
