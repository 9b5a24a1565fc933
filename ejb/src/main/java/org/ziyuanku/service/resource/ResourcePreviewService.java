package org.ziyuanku.service.resource;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.ziyuanku.domain.resource.PreviewStatus;
import org.ziyuanku.infrastructure.storage.BlobStore;
import org.ziyuanku.infrastructure.storage.StagedBlob;
import org.ziyuanku.service.resource.internal.TeachingResourceRepository;
import org.ziyuanku.service.resource.internal.PreviewQueueRepository;

/**
 * The queue of previews to make, in the database every node shares. A node claims the oldest waiting resource with
 * {@code FOR UPDATE SKIP LOCKED}, so two nodes never take the same one; a claim older than 30 minutes (its node died)
 * is taken over. Each step is its own transaction; the conversion itself runs outside any (see
 * {@link ResourcePreviewWorker}).
 */
@Stateless
public class ResourcePreviewService {

    @Inject
    private PreviewQueueRepository queue;

    @Inject
    private TeachingResourceRepository resources;

    @Inject
    private BlobStore blobs;

    /** Claims the next resource waiting for its preview, if any. */
    public Optional<PreviewJob> claimNext() {
        return queue.claimNext();
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
