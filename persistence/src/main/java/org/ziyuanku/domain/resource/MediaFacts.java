package org.ziyuanku.domain.resource;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.io.Serializable;
import java.util.Objects;
import java.util.Set;

/**
 * What was recognised from a resource's content (自动识别): kind, format and media type from the bytes themselves, the
 * size, and duration, pages or resolution where they apply; plus the blob the content is stored as and the name it
 * was uploaded under.
 */
@Embeddable
public class MediaFacts implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Set<String> OFFICE_FORMATS = Set.of("doc", "docx", "ppt", "pptx", "xls", "xlsx");
    private static final Set<String> TRANSCODED_FORMATS = Set.of("avi", "mov");

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private ResourceKind kind;

    @Column(nullable = false, length = 16)
    private String format;

    @Column(name = "media_type", nullable = false, length = 128)
    private String mediaType;

    @Column(name = "size_bytes", nullable = false)
    private long sizeBytes;

    @Column(name = "duration_seconds")
    private Integer durationSeconds;

    @Column(name = "page_count")
    private Integer pageCount;

    private Integer width;

    private Integer height;

    @Column(name = "blob_sha256", nullable = false, length = 64)
    private String blobSha256;

    @Column(name = "original_filename", nullable = false, length = 255)
    private String originalFilename;

    @Column(name = "thumbnail_sha256", length = 64)
    private String thumbnailSha256;

    @Enumerated(EnumType.STRING)
    @Column(name = "preview_status", nullable = false, length = 16)
    private PreviewStatus previewStatus = PreviewStatus.NONE;

    @Column(name = "preview_sha256", length = 64)
    private String previewSha256;

    @Column(name = "preview_media_type", length = 64)
    private String previewMediaType;

    protected MediaFacts() {
    }

    public MediaFacts(ResourceKind kind, String format, String mediaType, long sizeBytes, String blobSha256,
            String originalFilename) {
        this.kind = Objects.requireNonNull(kind, "kind");
        this.format = Objects.requireNonNull(format, "format");
        this.mediaType = Objects.requireNonNull(mediaType, "mediaType");
        this.sizeBytes = sizeBytes;
        this.blobSha256 = Objects.requireNonNull(blobSha256, "blobSha256");
        this.originalFilename = ResourceText.clip(originalFilename, 255);
    }

    /** Equal facts that can be changed without changing these. */
    public MediaFacts copy() {
        MediaFacts copy = new MediaFacts(kind, format, mediaType, sizeBytes, blobSha256, originalFilename)
                .withMeasures(durationSeconds, pageCount, width, height);
        copy.thumbnailSha256 = thumbnailSha256;
        copy.previewStatus = previewStatus;
        copy.previewSha256 = previewSha256;
        copy.previewMediaType = previewMediaType;
        return copy;
    }

    /** Points at new content of the same kind and format (a text edited online). */
    public void replaceContent(String sha256, long size) {
        this.blobSha256 = Objects.requireNonNull(sha256, "sha256");
        this.sizeBytes = size;
    }

    /** Adds what the probe measured; any of them may be unknown. */
    public MediaFacts withMeasures(Integer duration, Integer pages, Integer pixelsWide, Integer pixelsHigh) {
        this.durationSeconds = duration;
        this.pageCount = pages;
        this.width = pixelsWide;
        this.height = pixelsHigh;
        return this;
    }

    /**
     * Whether browsers need a converted preview: Office documents (shown as PDF) and video in containers they do not
     * play (AVI, QuickTime; shown as H.264/MP4).
     */
    public boolean needsPreview() {
        return OFFICE_FORMATS.contains(format) || kind == ResourceKind.VIDEO && TRANSCODED_FORMATS.contains(format);
    }

    /** Marks the content as waiting for its preview, when it needs one. */
    public void requestPreviewIfNeeded() {
        if (needsPreview()) {
            this.previewStatus = PreviewStatus.PENDING;
        }
    }

    /** Records the finished preview. */
    public void previewReady(String sha256, String mediaType) {
        this.previewSha256 = sha256;
        this.previewMediaType = mediaType;
        this.previewStatus = PreviewStatus.READY;
    }

    /** Records that no preview could be made ({@code FAILED} or {@code UNAVAILABLE}). */
    public void previewNotMade(PreviewStatus status) {
        this.previewStatus = status;
    }

    public PreviewStatus getPreviewStatus() {
        return previewStatus;
    }

    public String getPreviewSha256() {
        return previewSha256;
    }

    public String getPreviewMediaType() {
        return previewMediaType;
    }

    /** Records the blob holding the thumbnail made from the content. */
    public void attachThumbnail(String sha256) {
        this.thumbnailSha256 = sha256;
    }

    /** The thumbnail's blob, or null when the content has none (anything but images and animations). */
    public String getThumbnailSha256() {
        return thumbnailSha256;
    }

    public ResourceKind getKind() {
        return kind;
    }

    public String getFormat() {
        return format;
    }

    public String getMediaType() {
        return mediaType;
    }

    public long getSizeBytes() {
        return sizeBytes;
    }

    public Integer getDurationSeconds() {
        return durationSeconds;
    }

    public Integer getPageCount() {
        return pageCount;
    }

    public Integer getWidth() {
        return width;
    }

    public Integer getHeight() {
        return height;
    }

    public String getBlobSha256() {
        return blobSha256;
    }

    public String getOriginalFilename() {
        return originalFilename;
    }
}
