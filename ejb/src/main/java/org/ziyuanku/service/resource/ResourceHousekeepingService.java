package org.ziyuanku.service.resource;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import org.ziyuanku.domain.resource.TeachingResource;
import org.ziyuanku.infrastructure.storage.BlobStore;
import org.ziyuanku.service.resource.internal.TeachingResourceRepository;
import org.ziyuanku.service.system.ClusterLockRepository;

/**
 * Scheduled upkeep of resources (the resource-housekeeping batch job): empties the recycle bin of what has been there
 * for {@value TeachingResource#RECYCLE_BIN_DAYS} days, then removes stored files no database row names any more
 * (left by a transaction that failed after its file was kept) once they are an hour old. A file another resource uses
 * is never removed, because its blob row stays while any resource refers to it.
 */
@Stateless
public class ResourceHousekeepingService {

    static final Duration SWEEP_GRACE = Duration.ofHours(1);
    private static final int BATCH = 500;


    @Inject
    private TeachingResourceRepository resources;

    @Inject
    private BlobStore blobs;

    @Inject
    private ClusterLockRepository locks;

    /** Removes for good what has been in the recycle bin too long; returns how many resources went. */
    public int emptyRecycleBin() {
        locks.lock("resource-housekeeping");
        List<TeachingResource> expired = resources.inRecycleBinBefore(
                LocalDateTime.now().minusDays(TeachingResource.RECYCLE_BIN_DAYS));
        expired.stream().limit(BATCH).forEach(resources::purge);
        return Math.min(expired.size(), BATCH);
    }

    /** Deletes unclaimed stored files older than the grace period; returns how many. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public int sweepBlobs() {
        try {
            return blobs.sweep(resources::blobStored, SWEEP_GRACE).size();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
