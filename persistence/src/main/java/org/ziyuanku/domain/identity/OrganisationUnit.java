package org.ziyuanku.domain.identity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
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
import java.util.Collection;
import java.util.Objects;

/**
 * A unit of an organisation (组织机构): a faculty (学院), department (系, 部门) or teaching-research office (教研室), in a
 * tree within one organisation. Rules: a unit's parent belongs to the same organisation and is never the unit itself or
 * one of its descendants; siblings have different names.
 */
@Entity
@Table(name = "organisation_unit")
@NamedQuery(name = "OrganisationUnit.findByOrganisation", query = "select u from OrganisationUnit u"
        + " where u.organisation.id = :org order by u.sortOrder, u.name")
public class OrganisationUnit {

    public static final int MAX_NAME = 100;
    public static final int MAX_CODE = 32;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "organisation_unit_seq")
    @SequenceGenerator(name = "organisation_unit_seq", sequenceName = "organisation_unit_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "organisation_id", nullable = false)
    private Organisation organisation;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id")
    private OrganisationUnit parent;

    @Column(nullable = false, length = MAX_NAME)
    private String name;

    @Column(length = MAX_CODE)
    private String code;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    private LocalDateTime updatedAt;

    @Version
    private int version;

    protected OrganisationUnit() {
    }

    /** A new unit under {@code parent} (null for a top-level unit), which must belong to the same organisation. */
    public OrganisationUnit(Organisation organisation, OrganisationUnit parent, String name, String code,
            int sortOrder) {
        this.organisation = Objects.requireNonNull(organisation, "organisation");
        requireSameOrganisation(parent);
        this.parent = parent;
        apply(name, code, sortOrder);
        this.createdAt = updatedAt;
    }

    /** Sets name (stripped), optional code and position among siblings. */
    public void describe(String newName, String newCode, int newSortOrder) {
        apply(newName, newCode, newSortOrder);
    }

    private void apply(String newName, String newCode, int newSortOrder) {
        if (newName == null || newName.isBlank()) {
            throw new IllegalArgumentException("unit name is required");
        }
        this.name = newName.strip();
        this.code = newCode == null || newCode.isBlank() ? null : newCode.strip();
        this.sortOrder = newSortOrder;
        this.updatedAt = LocalDateTime.now();
    }

    /**
     * Whether putting this unit under {@code newParent} would make a cycle: the new parent is the unit itself or one of
     * its descendants. A null parent (top level) never does.
     */
    public boolean wouldCycleUnder(OrganisationUnit newParent) {
        for (OrganisationUnit u = newParent; u != null; u = u.getParent()) {
            if (u == this || id != null && id.equals(u.getId())) {
                return true;
            }
        }
        return false;
    }

    /** Moves the unit under {@code newParent} (null: top level); refuses cycles and other organisations' units. */
    public void moveUnder(OrganisationUnit newParent) {
        requireSameOrganisation(newParent);
        if (wouldCycleUnder(newParent)) {
            throw new IllegalArgumentException("a unit cannot be moved under itself or its descendants");
        }
        this.parent = newParent;
        this.updatedAt = LocalDateTime.now();
    }

    /** Whether one of {@code siblings}, other than {@code except}, already has this name (compared stripped). */
    public static boolean nameTaken(Collection<OrganisationUnit> siblings, String name, OrganisationUnit except) {
        String wanted = name == null ? "" : name.strip();
        return siblings.stream().anyMatch(s -> !same(s, except) && s.getName().equals(wanted));
    }

    /** Whether this unit's parent is {@code candidate} (both null: both top level). */
    public boolean isChildOf(OrganisationUnit candidate) {
        return candidate == null ? parent == null : same(parent, candidate);
    }

    private static boolean same(OrganisationUnit a, OrganisationUnit b) {
        return a == b || a != null && b != null && a.getId() != null && a.getId().equals(b.getId());
    }

    private void requireSameOrganisation(OrganisationUnit other) {
        Organisation theirs = other == null ? null : other.getOrganisation();
        if (theirs != null && theirs != organisation
                && (organisation.getId() == null || !organisation.getId().equals(theirs.getId()))) {
            throw new IllegalArgumentException("the parent belongs to another organisation");
        }
    }

    public Long getId() {
        return id;
    }

    public Organisation getOrganisation() {
        return organisation;
    }

    public OrganisationUnit getParent() {
        return parent;
    }

    public String getName() {
        return name;
    }

    public String getCode() {
        return code;
    }

    public int getSortOrder() {
        return sortOrder;
    }

    public LocalDateTime getUpdatedAt() {
        return updatedAt;
    }

    public int getVersion() {
        return version;
    }
}
