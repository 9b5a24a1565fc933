package org.ziyuanku.service.resource.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.ziyuanku.domain.resource.ResourceKind;
import org.ziyuanku.domain.resource.TeachingResource;
import org.ziyuanku.infrastructure.storage.BlobStore;
import org.ziyuanku.service.resource.ResourceContent;
import org.ziyuanku.service.resource.ResourceNotFoundException;
import org.ziyuanku.service.resource.ResourcePackageEntry;

/**
 * Finds a resource's file (and its thumbnail, preview or package entries) in the blob store; anything missing is a
 * resource that cannot be served (404).
 */
@ApplicationScoped
public class ResourceContents {

    static final long MAX_PACKAGE_ENTRY = 200L * 1024 * 1024;
    private static final Map<String, String> PACKAGE_TYPES = Map.ofEntries(Map.entry("html", "text/html"),
            Map.entry("htm", "text/html"), Map.entry("js", "text/javascript"), Map.entry("css", "text/css"),
            Map.entry("json", "application/json"), Map.entry("png", "image/png"), Map.entry("jpg", "image/jpeg"),
            Map.entry("jpeg", "image/jpeg"), Map.entry("gif", "image/gif"), Map.entry("svg", "image/svg+xml"),
            Map.entry("mp3", "audio/mpeg"), Map.entry("mp4", "video/mp4"), Map.entry("wasm", "application/wasm"),
            Map.entry("txt", "text/plain"), Map.entry("woff2", "font/woff2"));

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

    /**
     * A file inside a virtual simulation package, by its path in the package.
     *
     * @throws ResourceNotFoundException for another kind, a path leaving the package, a folder, a missing entry or
     *         one larger than {@value #MAX_PACKAGE_ENTRY} bytes
     */
    public ResourcePackageEntry packageEntryOf(TeachingResource r, String path) {
        String name = path == null ? "" : path.replace('\\', '/');
        if (r.getMedia().getKind() != ResourceKind.SIMULATION || name.isEmpty() || name.startsWith("/")
                || List.of(name.split("/")).contains("..")) {
            throw new ResourceNotFoundException(r.getId());
        }
        try {
            Path zip = blobs.locate(r.getMedia().getBlobSha256());
            try (ZipFile file = new ZipFile(zip.toFile())) {
                ZipEntry entry = file.getEntry(name);
                if (entry == null || entry.isDirectory() || entry.getSize() > MAX_PACKAGE_ENTRY) {
                    throw new ResourceNotFoundException(r.getId());
                }
                return new ResourcePackageEntry(r.getId(), zip, name, PACKAGE_TYPES.getOrDefault(
                        name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT), "application/octet-stream"),
                        entry.getSize());
            }
        } catch (IOException e) {
            throw new ResourceNotFoundException(r.getId());
        }
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
