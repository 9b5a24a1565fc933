package org.ziyuanku.service.resource.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Tuple;
import java.time.LocalDateTime;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.ziyuanku.domain.library.ResourceLibrary;
import org.ziyuanku.domain.resource.ResourceKind;
import org.ziyuanku.domain.resource.ResourceStatus;
import org.ziyuanku.domain.resource.StoredBlob;
import org.ziyuanku.domain.resource.TeachingResource;

/** Teaching resources and the blobs they use. */
@ApplicationScoped
public class TeachingResourceRepository {

    @PersistenceContext(unitName = "ziyuanku")
    private EntityManager em;

    public Optional<TeachingResource> find(long id) {
        return Optional.ofNullable(em.find(TeachingResource.class, id));
    }

    /** The resources with these ids, in the order of {@code ids}, with library, major and unit loaded. */
    public List<TeachingResource> findAll(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, TeachingResource> byId = em.createQuery("select r from TeachingResource r join fetch r.library"
                + " left join fetch r.major left join fetch r.contributingUnit where r.id in :ids", TeachingResource.class)
                .setParameter("ids", ids).getResultStream()
                .collect(Collectors.toMap(TeachingResource::getId, Function.identity()));
        return ids.stream().map(byId::get).filter(r -> r != null).toList();
    }

    /** The caller's own uploads outside the recycle bin, newest first. */
    public List<TeachingResource> uploadedBy(long accountId, int max) {
        return em.createQuery("select r from TeachingResource r join fetch r.library where r.uploadedBy.id = :account"
                + " and r.deletedAt is null order by r.createdAt desc, r.id desc", TeachingResource.class)
                .setParameter("account", accountId).setMaxResults(max).getResultList();
    }

    /** What the account, or the libraries it manages (empty: all libraries), have in the recycle bin. */
    public List<TeachingResource> inRecycleBin(long accountId, Optional<List<Long>> managedLibraries) {
        List<Long> libraries = managedLibraries.orElse(List.of());
        return em.createQuery("select r from TeachingResource r join fetch r.library where r.deletedAt is not null"
                + " and (r.uploadedBy.id = :account or :all = true or r.library.id in :libraries)"
                + " order by r.deletedAt desc", TeachingResource.class).setParameter("account", accountId)
                .setParameter("all", managedLibraries.isEmpty())
                .setParameter("libraries", libraries.isEmpty() ? List.of(-1L) : libraries).setMaxResults(500)
                .getResultList();
    }

    /**
     * Libraries the organisation hosts or takes part in, and those with the given ids (empty: every library, for a
     * national administrator, limited to the first 500 by name).
     */
    public List<ResourceLibrary> candidateLibraries(long organisationId, Optional<List<Long>> managed) {
        List<Long> ids = managed.orElse(List.of());
        return em.createQuery("select distinct l from ResourceLibrary l left join l.hostUnits h left join l.participants p"
                + " where h.id = :org or p.id = :org or l.id in :ids or :all = true order by l.name", ResourceLibrary.class)
                .setParameter("org", organisationId).setParameter("ids", ids.isEmpty() ? List.of(-1L) : ids)
                .setParameter("all", managed.isEmpty()).setMaxResults(500).getResultList();
    }

    /** Resources that have been in the recycle bin since before {@code before}. */
    public List<TeachingResource> inRecycleBinBefore(LocalDateTime before) {
        return em.createNamedQuery("TeachingResource.findInRecycleBinBefore", TeachingResource.class)
                .setParameter("before", before).getResultList();
    }

    /** Published resources per kind in a library, every kind present (0 when there is none). */
    public Map<ResourceKind, Long> publishedCountByKind(long libraryId) {
        Map<ResourceKind, Long> counts = new EnumMap<>(ResourceKind.class);
        for (ResourceKind kind : ResourceKind.values()) {
            counts.put(kind, 0L);
        }
        em.createNamedQuery("TeachingResource.countByKind", Tuple.class).setParameter("library", libraryId)
                .setParameter("status", ResourceStatus.PUBLISHED).getResultStream()
                .forEach(t -> counts.put(t.get("kind", ResourceKind.class), t.get("resources", Long.class)));
        return counts;
    }

    /** Adds the resource and the row of its counters. */
    public void add(TeachingResource resource) {
        em.persist(resource);
        em.flush();
        em.createNativeQuery("insert into resource_counter (resource_id) values (?1)")
                .setParameter(1, resource.getId()).executeUpdate();
    }

    /** The new version of the published resource that waits for review or is being edited, if there is one. */
    public Optional<TeachingResource> revisionOf(long publishedId) {
        return em.createQuery("select r from TeachingResource r where r.revisionOf.id = :id", TeachingResource.class)
                .setParameter("id", publishedId).getResultStream().findFirst();
    }

    /** Removes a new version whose content the published resource has taken over; blobs stay with their users. */
    public void removeRevision(TeachingResource revision) {
        em.remove(revision);
        em.flush();
    }

    /** Records the blob if it is new; the same content uploaded twice has one row. */
    public void ensureBlob(String sha256, long sizeBytes, String mediaType) {
        if (em.find(StoredBlob.class, sha256) == null) {
            em.persist(new StoredBlob(sha256, sizeBytes, mediaType));
            em.flush();
        }
    }

    /** Removes the resource for good; its blob rows (content, thumbnail, preview) go too when no other resource uses them. */
    public void purge(TeachingResource resource) {
        List<String> shas = Stream.of(resource.getMedia().getBlobSha256(),
                resource.getMedia().getThumbnailSha256(), resource.getMedia().getPreviewSha256()).filter(Objects::nonNull).toList();
        em.remove(resource);
        em.flush();
        shas.forEach(this::releaseBlob);
    }

    /** Removes the blob row when no resource uses it any more; the nightly sweep then removes the file. */
    public void releaseBlob(String sha256) {
        em.flush();
        if (blobUsers(sha256) == 0) {
            Optional.ofNullable(em.find(StoredBlob.class, sha256)).ifPresent(em::remove);
        }
    }

    /** Whether the blob has a row (a stored file without one is unclaimed). */
    public boolean blobStored(String sha256) {
        return em.find(StoredBlob.class, sha256) != null;
    }

    /** The ids of the library's published resources by title (the oldest of each title). */
    public Map<String, Long> publishedByTitle(ResourceLibrary library) {
        Map<String, Long> ids = new LinkedHashMap<>();
        em.createQuery("select r.description.title as title, r.id as resource_id from TeachingResource r"
                + " where r.library = :library and r.status = org.ziyuanku.domain.resource.ResourceStatus.PUBLISHED"
                + " and r.revisionOf is null order by r.id", Tuple.class)
                .setParameter("library", library).getResultList()
                .forEach(row -> ids.putIfAbsent(row.get("title", String.class), row.get("resource_id", Long.class)));
        return ids;
    }

    /** Whether the library has any resource at all, in any state. */
    public boolean hasAny(ResourceLibrary library) {
        return em.createQuery("select count(r) from TeachingResource r where r.library = :library", Long.class)
                .setParameter("library", library).getSingleResult() > 0;
    }

    /**
     * How many rows use the blob: resources (in the recycle bin or not: file, thumbnail, preview), course covers,
     * question images, homework files and annotated files. Every table with a foreign key to {@code stored_blob} is counted, so a blob
     * still in use is never deleted.
     */
    public long blobUsers(String sha256) {
        return ((Number) em.createNativeQuery("select (select count(*) from teaching_resource where blob_sha256 = ?1"
                + " or thumbnail_sha256 = ?1 or preview_sha256 = ?1) + (select count(*) from standard_course where"
                + " cover_sha256 = ?1) + (select count(*) from question_image where blob_sha256 = ?1) + (select"
                + " count(*) from assignment_submission_file where blob_sha256 = ?1) + (select count(*) from"
                + " submission_annotation where blob_sha256 = ?1) + (select count(*) from discussion_attachment where"
                + " blob_sha256 = ?1)").setParameter(1, sha256)
                .getSingleResult()).longValue();
    }
}
