package org.ziyuanku.domain.resource;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
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
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Objects;
import org.ziyuanku.domain.identity.Organisation;
import org.ziyuanku.domain.identity.UserAccount;
import org.ziyuanku.domain.library.Major;
import org.ziyuanku.domain.library.ResourceLibrary;
import org.ziyuanku.domain.system.PublicContent;

/**
 * A granular teaching resource (颗粒化资源): one knowledge or skill point or one complete media item in a library. Only
 * a published resource outside the recycle bin is visible to learners and anonymous visitors; a deleted one stays in
 * the recycle bin for {@link #RECYCLE_BIN_DAYS} days and can be restored until then.
 */
@Entity
@EntityListeners(PublicContent.class)
@Table(name = "teaching_resource")
@NamedQuery(name = "TeachingResource.findInRecycleBinBefore",
        query = "select r from TeachingResource r where r.deletedAt is not null and r.deletedAt < :before")
@NamedQuery(name = "TeachingResource.countByKind", query = "select r.media.kind as kind, count(r) as resources"
        + " from TeachingResource r"
        + " where r.library.id = :library and r.deletedAt is null and r.status = :status group by r.media.kind")
public class TeachingResource {

    public static final int RECYCLE_BIN_DAYS = 30;
    public static final int MAX_STANDARD_NAME = 300;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "teaching_resource_seq")
    @SequenceGenerator(name = "teaching_resource_seq", sequenceName = "teaching_resource_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "library_id", nullable = false)
    private ResourceLibrary library;

    @Column(name = "standard_name", nullable = false, length = MAX_STANDARD_NAME)
    private String standardName;

    @Embedded
    private ResourceDescription description;

    @Embedded
    private MediaFacts media;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "major_id")
    private Major major;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "contributing_unit_id")
    private Organisation contributingUnit;

    @Column(name = "resource_version", nullable = false)
    private int resourceVersion = 1;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private ResourceStatus status = ResourceStatus.DRAFT;

    @Column(name = "extracted_text", columnDefinition = "text")
    private String extractedText;

    @Column(name = "search_terms", nullable = false, columnDefinition = "text")
    private String searchTerms;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "uploaded_by_id", nullable = false)
    private UserAccount uploadedBy;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    private LocalDateTime updatedAt;

    @Column(name = "published_at")
    private LocalDateTime publishedAt;

    @Column(name = "deleted_at")
    private LocalDateTime deletedAt;

    @Column(name = "deleted_by", length = 128)
    private String deletedBy;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "revision_of_id")
    private TeachingResource revisionOf;

    @Version
    private int version;

    protected TeachingResource() {
    }

    public TeachingResource(ResourceLibrary library, ResourceDescription description, MediaFacts media,
            UserAccount uploadedBy) {
        this.library = Objects.requireNonNull(library, "library");
        this.description = Objects.requireNonNull(description, "description");
        this.media = Objects.requireNonNull(media, "media");
        this.uploadedBy = Objects.requireNonNull(uploadedBy, "uploadedBy");
        this.contributingUnit = uploadedBy.getOrganisation();
        this.createdAt = LocalDateTime.now();
        this.updatedAt = createdAt;
        this.standardName = description.getTitle();
        this.searchTerms = "";
    }

    /** Sets the major the resource belongs to and the unit that contributed it. */
    public void assignTo(Major resourceMajor, Organisation unit) {
        this.major = resourceMajor;
        this.contributingUnit = unit == null ? uploadedBy.getOrganisation() : unit;
        touch();
    }

    /** Replaces what people say about the resource; a published resource is described anew in a new version. */
    public void redescribe(ResourceDescription newDescription) {
        this.description = Objects.requireNonNull(newDescription, "description");
        touch();
    }

    /** The name the library's naming rule gives, and the terms search finds the resource by. */
    public void index(String name, String text, String terms) {
        this.standardName = ResourceText.clip(name, MAX_STANDARD_NAME);
        this.extractedText = text;
        this.searchTerms = Objects.requireNonNull(terms, "terms");
    }

    /**
     * Sends the resource into tiered review: a draft, one returned by a reviewer, or one taken down.
     *
     * @throws IllegalStateException in any other state, or in the recycle bin
     */
    public void submitForReview() {
        requireOutsideRecycleBin();
        if (status != ResourceStatus.DRAFT && status != ResourceStatus.REJECTED && status != ResourceStatus.WITHDRAWN) {
            throw new IllegalStateException("resource " + id + " cannot be submitted when " + status);
        }
        this.status = ResourceStatus.IN_REVIEW;
        touch();
    }

    /** A reviewer returned the resource to its author ({@code rejected}) or the author withdrew it (a draft again). */
    public void leaveReview(boolean rejected) {
        requireStatus(ResourceStatus.IN_REVIEW);
        this.status = rejected ? ResourceStatus.REJECTED : ResourceStatus.DRAFT;
        touch();
    }

    /** Makes the resource visible to everybody; only the last review level's approval does this. */
    public void publish() {
        requireOutsideRecycleBin();
        requireStatus(ResourceStatus.IN_REVIEW);
        this.status = ResourceStatus.PUBLISHED;
        this.publishedAt = LocalDateTime.now();
        touch();
    }

    /** Takes a published resource down (下架); it is hidden from learners until it passes review again. */
    public void takeDown() {
        requireStatus(ResourceStatus.PUBLISHED);
        this.status = ResourceStatus.WITHDRAWN;
        touch();
    }

    /**
     * A new version of this published resource, as a draft in its library that learners do not see; this version
     * stays published until the new one passes review and is {@link #adopt adopted}.
     */
    public TeachingResource newRevision(UserAccount editor) {
        requireStatus(ResourceStatus.PUBLISHED);
        TeachingResource revision = new TeachingResource(library, description.copy(), media.copy(), editor);
        revision.revisionOf = this;
        revision.major = major;
        revision.contributingUnit = contributingUnit;
        revision.resourceVersion = resourceVersion + 1;
        revision.index(standardName, extractedText, searchTerms);
        return revision;
    }

    /**
     * Takes over the approved new version's description, content and text, and its version number, and is published
     * with them (also when it had been taken down meanwhile: the new version passed every level).
     */
    public void adopt(TeachingResource revision) {
        if (revision.revisionOf == null || !Objects.equals(revision.revisionOf.getId(), id)) {
            throw new IllegalArgumentException("resource " + revision.id + " is not a new version of " + id);
        }
        revision.requireStatus(ResourceStatus.IN_REVIEW);
        this.description = revision.description.copy();
        this.media = revision.media.copy();
        this.major = revision.major;
        this.resourceVersion = revision.resourceVersion;
        index(revision.standardName, revision.extractedText, revision.searchTerms);
        this.status = ResourceStatus.PUBLISHED;
        this.publishedAt = LocalDateTime.now();
        touch();
    }

    /** The published resource this is a new version of, or null for a resource of its own. */
    public TeachingResource getRevisionOf() {
        return revisionOf;
    }

    private void requireStatus(ResourceStatus expected) {
        if (status != expected) {
            throw new IllegalStateException("resource " + id + " is " + status + ", not " + expected);
        }
    }

    private void requireOutsideRecycleBin() {
        if (isInRecycleBin()) {
            throw new IllegalStateException("resource " + id + " is in the recycle bin");
        }
    }

    /** Moves the resource to the recycle bin; its content stays until the bin is emptied. */
    public void moveToRecycleBin(String by) {
        if (!isInRecycleBin()) {
            this.deletedAt = LocalDateTime.now();
            this.deletedBy = Objects.requireNonNull(by, "by");
        }
    }

    /** Takes the resource out of the recycle bin, if it has not been there longer than the bin keeps things. */
    public boolean restore(LocalDateTime now) {
        if (!isInRecycleBin() || Duration.between(deletedAt, now).toDays() >= RECYCLE_BIN_DAYS) {
            return false;
        }
        this.deletedAt = null;
        this.deletedBy = null;
        touch();
        return true;
    }

    /** Puts the resource in another course and module of its library. */
    public void move(String courseCode, String courseName, String moduleName) {
        description.placedIn(courseCode, courseName, moduleName, description.getKnowledgePoints());
        touch();
    }

    public boolean isInRecycleBin() {
        return deletedAt != null;
    }

    /** Visible to anonymous visitors and learners: published and not deleted. */
    public boolean isPublic() {
        return status == ResourceStatus.PUBLISHED && !isInRecycleBin();
    }

    private void touch() {
        this.updatedAt = LocalDateTime.now();
    }

    public Long getId() {
        return id;
    }

    public ResourceLibrary getLibrary() {
        return library;
    }

    public String getStandardName() {
        return standardName;
    }

    public ResourceDescription getDescription() {
        return description;
    }

    public MediaFacts getMedia() {
        return media;
    }

    public Major getMajor() {
        return major;
    }

    public Organisation getContributingUnit() {
        return contributingUnit;
    }

    public int getResourceVersion() {
        return resourceVersion;
    }

    public ResourceStatus getStatus() {
        return status;
    }

    public String getExtractedText() {
        return extractedText;
    }

    public UserAccount getUploadedBy() {
        return uploadedBy;
    }

    public LocalDateTime getCreatedAt() {
        return createdAt;
    }

    public LocalDateTime getUpdatedAt() {
        return updatedAt;
    }

    public LocalDateTime getPublishedAt() {
        return publishedAt;
    }

    public LocalDateTime getDeletedAt() {
        return deletedAt;
    }
}
