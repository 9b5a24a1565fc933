package org.ziyuanku.service.resource.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.ziyuanku.domain.resource.TeachingResource;
import org.ziyuanku.infrastructure.storage.BlobStore;
import org.ziyuanku.service.resource.ResourceContent;
import org.ziyuanku.service.resource.ResourceNotFoundException;

/** Finds a resource's file in the blob store; a missing file is a resource that cannot be served (404). */
@ApplicationScoped
public class ResourceContents {

    @Inject
    private BlobStore blobs;

    /** The resource's thumbnail, as content of its own. @throws ResourceNotFoundException when it has none */
    public ResourceContent thumbnailOf(TeachingResource r) {
        return derived(r, r.getMedia().getThumbnailSha256(), "image/png", "thumbnail.png");
    }

    /** The resource's converted preview (PDF or MP4). @throws ResourceNotFoundException until it is ready */
    public ResourceContent previewOf(TeachingResource r) {
        String type = r.getMedia().getPreviewMediaType();
        return derived(r, r.getMedia().getPreviewSha256(), type, "application/pdf".equals(type) ? "preview.pdf"
                : "preview.mp4");
    }

    private ResourceContent derived(TeachingResource r, String sha, String mediaType, String suffix) {
        if (sha == null) {
            throw new ResourceNotFoundException(r.getId());
        }
        try {
            Path file = blobs.locate(sha);
            return new ResourceContent(r.getId(), file, mediaType, Files.size(file), sha, r.getId() + "-" + suffix,
                    false);
        } catch (IOException e) {
            throw new ResourceNotFoundException(r.getId());
        }
    }

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
