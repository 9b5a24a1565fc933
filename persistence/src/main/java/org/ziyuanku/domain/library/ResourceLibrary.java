package org.ziyuanku.domain.library;

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
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.ziyuanku.domain.identity.Organisation;
import org.ziyuanku.domain.identity.Province;
import org.ziyuanku.domain.system.PublicContent;

/**
 * A professional teaching resource library (专业教学资源库) at national, provincial or school level. It is hosted by
 * one to three host units in a fixed order (the first is the 第一主持单位, first responsible for content) and built
 * together with participating units. A unit is either a host or a participant, never both.
 */
@Entity
@EntityListeners(PublicContent.class)
@Table(name = "resource_library")
@NamedQuery(name = "ResourceLibrary.findByCode", query = "select l from ResourceLibrary l where l.code = :code")
@NamedQuery(name = "ResourceLibrary.countByLevel",
        query = "select l.level as level, count(l) as libraries from ResourceLibrary l group by l.level")
public class ResourceLibrary {

    public static final int MAX_HOST_UNITS = 3;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "resource_library_seq")
    @SequenceGenerator(name = "resource_library_seq", sequenceName = "resource_library_seq", allocationSize = 50)
    private Long id;

    @Column(nullable = false, unique = true, length = 32)
    private String code;

    @Column(name = "catalogue_no")
    private Integer catalogueNo;

    @Column(nullable = false, length = 128)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private LibraryLevel level;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24)
    private LibraryStatus status = LibraryStatus.UNDER_CONSTRUCTION;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "category_id", nullable = false)
    private MajorCategory category;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "core_major_id")
    private Major coreMajor;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "province_id")
    private Province province;

    @Column(length = 4000)
    private String description;

    /** The library's naming rule (命名规则) for its resources, e.g. {@code {major}-{course}-{kind}-{title}}. */
    @Column(name = "naming_rule", length = 200)
    private String namingRule;

    @Column(name = "download_requires_login", nullable = false)
    private boolean downloadRequiresLogin;

    @ManyToMany(fetch = FetchType.LAZY)
    @JoinTable(name = "library_host_unit", joinColumns = @JoinColumn(name = "library_id"),
            inverseJoinColumns = @JoinColumn(name = "organisation_id"))
    @OrderColumn(name = "position")
    private List<Organisation> hostUnits = new ArrayList<>();

    @ManyToMany(fetch = FetchType.LAZY)
    @JoinTable(name = "library_participant", joinColumns = @JoinColumn(name = "library_id"),
            inverseJoinColumns = @JoinColumn(name = "organisation_id"))
    private Set<Organisation> participants = new HashSet<>();

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    private LocalDateTime updatedAt;

    @Version
    private int version;

    protected ResourceLibrary() {
    }

    public ResourceLibrary(String code, String name, LibraryLevel level, MajorCategory category) {
        this.code = requireText(code, "code");
        this.name = requireText(name, "name");
        this.level = Objects.requireNonNull(level, "level");
        this.category = Objects.requireNonNull(category, "category");
        this.createdAt = LocalDateTime.now();
        this.updatedAt = createdAt;
    }

    private static String requireText(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(field + " is required");
        }
        return value.strip();
    }

    /**
     * Replaces the host units with the given ones, in order. Rule: one to three distinct units, none of them a
     * participant. Returns whether the list changed.
     */
    public boolean assignHostUnits(List<Organisation> units) {
        if (units == null || units.isEmpty() || units.size() > MAX_HOST_UNITS) {
            throw new IllegalArgumentException("a library has one to " + MAX_HOST_UNITS + " host units");
        }
        if (new LinkedHashSet<>(units).size() != units.size()) {
            throw new IllegalArgumentException("a host unit is listed twice");
        }
        if (units.stream().anyMatch(participants::contains)) {
            throw new IllegalArgumentException("a participating unit cannot also be a host unit");
        }
        if (hostUnits.equals(units)) {
            return false;
        }
        hostUnits.clear();
        hostUnits.addAll(units);
        touch();
        return true;
    }

    /** Adds a participating unit; a host unit cannot also participate. Returns whether it was added. */
    public boolean addParticipant(Organisation unit) {
        Objects.requireNonNull(unit, "unit");
        if (hostUnits.contains(unit)) {
            throw new IllegalArgumentException("a host unit cannot also be a participating unit");
        }
        boolean added = participants.add(unit);
        if (added) {
            touch();
        }
        return added;
    }

    /** Moves the library to the given category and status; returns whether anything changed. */
    public boolean reclassify(String newName, MajorCategory newCategory, LibraryStatus newStatus) {
        String strippedName = requireText(newName, "name");
        boolean changed = !name.equals(strippedName) || !category.getId().equals(newCategory.getId())
                || status != newStatus;
        if (changed) {
            this.name = strippedName;
            this.category = newCategory;
            this.status = Objects.requireNonNull(newStatus, "status");
            touch();
        }
        return changed;
    }

    /** Sets how resources are named and whether downloading them needs an account; null names by title alone. */
    public void configureResources(String rule, boolean loginToDownload) {
        this.namingRule = rule == null || rule.isBlank() ? null : rule.strip();
        this.downloadRequiresLogin = loginToDownload;
        touch();
    }

    /** Sets the library's core major (核心专业); it must belong to the library's category. */
    public void assignCoreMajor(Major major) {
        if (major != null && !major.getCategory().getCode().equals(category.getCode())) {
            throw new IllegalArgumentException("major " + major.getCode() + " is not in category " + category.getCode());
        }
        this.coreMajor = major;
        touch();
    }

    public String getNamingRule() {
        return namingRule;
    }

    public boolean isDownloadRequiresLogin() {
        return downloadRequiresLogin;
    }

    public void setCatalogueNo(Integer catalogueNo) {
        this.catalogueNo = catalogueNo;
    }

    private void touch() {
        this.updatedAt = LocalDateTime.now();
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public Integer getCatalogueNo() {
        return catalogueNo;
    }

    public String getName() {
        return name;
    }

    public LibraryLevel getLevel() {
        return level;
    }

    public LibraryStatus getStatus() {
        return status;
    }

    public MajorCategory getCategory() {
        return category;
    }

    public Major getCoreMajor() {
        return coreMajor;
    }

    public Province getProvince() {
        return province;
    }

    public String getDescription() {
        return description;
    }

    /** The host units in order; the first is the 第一主持单位. */
    public List<Organisation> getHostUnits() {
        return Collections.unmodifiableList(hostUnits);
    }

    public Set<Organisation> getParticipants() {
        return Collections.unmodifiableSet(participants);
    }

    public LocalDateTime getCreatedAt() {
        return createdAt;
    }

    public LocalDateTime getUpdatedAt() {
        return updatedAt;
    }
}
