package org.ziyuanku.service.resource;

import jakarta.ejb.EJB;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.ziyuanku.domain.resource.PreviewStatus;
import org.ziyuanku.infrastructure.media.PreviewConverter;
import org.ziyuanku.infrastructure.storage.TempFolders;

/**
 * Makes waiting previews in the background on every node, every ten seconds: Office documents to PDF, other video to
 * H.264/MP4. A failed conversion is marked {@code FAILED}; a missing tool {@code UNAVAILABLE}. The resource stays
 * usable (downloadable) either way.
 */
@Singleton
@Lock(LockType.READ)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ResourcePreviewWorker {

    private static final Logger LOG = Logger.getLogger(ResourcePreviewWorker.class.getName());
    private static final int MAX_PER_RUN = 20;

    @EJB
    private ResourcePreviewService queue;

    @Inject
    private PreviewConverter converter;

    private final AtomicBoolean running = new AtomicBoolean();

    /** One run at a time per node: a long video conversion makes the next ticks return at once. */
    @Schedule(hour = "*", minute = "*", second = "*/10", persistent = false)
    void convertWaiting() {
        if (!running.compareAndSet(false, true)) {
            return;
        }
        try {
            for (int i = 0; i < MAX_PER_RUN; i++) {
                Optional<PreviewJob> job = queue.claimNext();
                if (job.isEmpty()) {
                    return;
                }
                convert(job.get());
            }
        } finally {
            running.set(false);
        }
    }

    private void convert(PreviewJob job) {
        if (!converter.canConvert(job.format())) {
            queue.giveUp(job.resourceId(), PreviewStatus.UNAVAILABLE);
            return;
        }
        Path work = null;
        try {
            work = Files.createTempDirectory("zyk-preview-");
            PreviewConverter.Preview preview;
            try {
                preview = converter.convert(queue.source(job), job.format(), work);
            } catch (IOException | RuntimeException e) {
                LOG.log(Level.WARNING, "preview of resource " + job.resourceId() + " failed: " + e.getMessage());
                queue.giveUp(job.resourceId(), PreviewStatus.FAILED);
                return;
            }
            queue.complete(job.resourceId(), preview.file(), preview.mediaType());
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "preview of resource " + job.resourceId() + " not kept; another run takes it over"
                    + " after 30 minutes: " + e.getMessage());
        } finally {
            TempFolders.delete(work);
        }
    }
}
