package org.ziyuanku.service.resource.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import org.ziyuanku.domain.resource.TeachingResource;
import org.ziyuanku.infrastructure.storage.BlobStore;
import org.ziyuanku.service.resource.ResourceContent;
import org.ziyuanku.service.resource.ResourceNotFoundException;

/** Finds a resource's file in the blob store; a missing file is a resource that cannot be served (404). */
@ApplicationScoped
public class ResourceContents {

    @Inject
    private BlobStore blobs;

    public ResourceContent of(TeachingResource r) {
        try {
            return new ResourceContent(r.getId(), blobs.locate(r.getMedia().getBlobSha256()), r.getMedia().getMediaType(),
                    r.getMedia().getSizeBytes(), r.getMedia().getBlobSha256(), r.getMedia().getOriginalFilename(),
                    r.getLibrary().isDownloadRequiresLogin());
        } catch (IOException e) {
            throw new ResourceNotFoundException(r.getId());
        }
    }
}
