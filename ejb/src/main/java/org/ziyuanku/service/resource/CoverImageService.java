package org.ziyuanku.service.resource;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import org.ziyuanku.domain.resource.ResourceKind;
import org.ziyuanku.infrastructure.media.MediaProbe;
import org.ziyuanku.infrastructure.media.MediaRejectedException;
import org.ziyuanku.infrastructure.media.ProbedMedia;
import org.ziyuanku.infrastructure.media.ThumbnailMaker;
import org.ziyuanku.infrastructure.storage.BlobStore;
import org.ziyuanku.infrastructure.storage.BlobTooLargeException;
import org.ziyuanku.infrastructure.storage.StagedBlob;
import org.ziyuanku.service.resource.internal.ResourceLimits;
import org.ziyuanku.service.resource.internal.TeachingResourceRepository;

/**
 * Cover pictures (a course's 封面) in the shared content store: an uploaded picture is inspected like a resource upload
 * (by its content, not its name), must be an image the platform can decode, and is kept only as a PNG redrawn at most
 * {@value #WIDTH} × {@value #HEIGHT} pixels, so no byte of the upload itself (metadata, trailing payloads) is ever
 * served. The caller's context decides who may set a cover and keeps its SHA-256.
 */
@Stateless
public class CoverImageService {

    public static final int WIDTH = 640;
    public static final int HEIGHT = 360;
    /** The largest picture accepted, before it is redrawn. */
    public static final long MAX_BYTES = 5L * 1024 * 1024;

    @Inject
    private BlobStore blobs;

    @Inject
    private MediaProbe probe;

    @Inject
    private ThumbnailMaker redraw;

    @Inject
    private TeachingResourceRepository resources;

    /**
     * Keeps the picture as a cover; answers the SHA-256 of the kept PNG.
     *
     * @throws ResourceRefusedException when it is too large, not an image, or cannot be decoded (nothing is kept)
     */
    public String keep(InputStream content, String filename) {
        try (StagedBlob upload = blobs.stage(content, MAX_BYTES)) {
            ProbedMedia media = probe.probe(upload.file(), filename == null ? "cover" : filename);
            if (media.kind() != ResourceKind.IMAGE) {
                throw new ResourceRefusedException("resource.refused.coverNotImage", filename);
            }
            byte[] png = redraw.thumbnail(upload.file(), WIDTH, HEIGHT).orElseThrow(
                    () -> new ResourceRefusedException("resource.refused.coverNotImage", filename));
            try (StagedBlob cover = blobs.stage(new ByteArrayInputStream(png), png.length)) {
                resources.ensureBlob(cover.sha256(), cover.sizeBytes(), "image/png");
                blobs.keep(cover);
                return cover.sha256();
            }
        } catch (BlobTooLargeException e) {
            throw new ResourceRefusedException("resource.refused.tooLarge", ResourceLimits.inMegabytes(MAX_BYTES), "");
        } catch (MediaRejectedException e) {
            throw new ResourceRefusedException("resource.refused.coverNotImage", filename);
        } catch (IOException e) {
            throw new ResourceRefusedException("resource.refused.storage");
        }
    }

    /** The kept cover's file (a PNG), for serving. @throws ResourceRefusedException storage when it is missing */
    public Path locate(String sha256) {
        try {
            return blobs.locate(sha256);
        } catch (IOException e) {
            throw new ResourceRefusedException("resource.refused.storage");
        }
    }
}
