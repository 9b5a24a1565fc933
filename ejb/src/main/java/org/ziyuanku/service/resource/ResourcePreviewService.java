package org.ziyuanku.service.resource;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.ziyuanku.domain.resource.PreviewStatus;
import org.ziyuanku.infrastructure.storage.BlobStore;
import org.ziyuanku.infrastructure.storage.StagedBlob;
import org.ziyuanku.service.resource.internal.TeachingResourceRepository;

/**
 * The queue of previews to make, in the database every node shares. A node claims the oldest waiting resource with
 * {@code FOR UPDATE SKIP LOCKED}, so two nodes never take the same one; a claim older than 30 minutes (its node died)
 * is taken over. Each step is its own transaction; the conversion itself runs outside any (see
 * {@link ResourcePreviewWorker}).
 */
@Stateless
public class ResourcePreviewService {

    @PersistenceContext(unitName = "ziyuanku")
    private EntityManager em;

    @Inject
    private TeachingResourceRepository resources;

    @Inject
    private BlobStore blobs;

    /** Claims the next resource waiting for its preview, if any. */
    public Optional<PreviewJob> claimNext() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select id, blob_sha256, format from teaching_resource"
                + " where preview_status = 'PENDING' or (preview_status = 'CONVERTING'"
                + " and preview_claimed_at < current_timestamp - interval '30 minutes')"
                + " order by id limit 1 for update skip locked").getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        PreviewJob job = new PreviewJob(((Number) rows.get(0)[0]).longValue(), (String) rows.get(0)[1],
                (String) rows.get(0)[2]);
        em.createNativeQuery("update teaching_resource set preview_status = 'CONVERTING',"
                + " preview_claimed_at = current_timestamp where id = ?1").setParameter(1, job.resourceId())
                .executeUpdate();
        return Optional.of(job);
    }

    /** The stored content of a job, to convert. */
    public Path source(PreviewJob job) throws IOException {
        return blobs.locate(job.blobSha256());
    }

    /** Keeps the finished preview and marks the resource's preview ready. */
    public void complete(long resourceId, Path preview, String mediaType) throws IOException {
        try (InputStream in = Files.newInputStream(preview); StagedBlob staged = blobs.stage(in, Long.MAX_VALUE)) {
            resources.ensureBlob(staged.sha256(), staged.sizeBytes(), mediaType);
            blobs.keep(staged);
            resources.find(resourceId).ifPresent(r -> r.getMedia().previewReady(staged.sha256(), mediaType));
        }
    }

    /** Marks the preview as not made: {@code FAILED}, or {@code UNAVAILABLE} when the tool is missing. */
    public void giveUp(long resourceId, PreviewStatus status) {
        resources.find(resourceId).ifPresent(r -> r.getMedia().previewNotMade(status));
    }
}
