package org.ziyuanku.domain.resource;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.io.Serializable;
import java.util.Objects;

/**
 * What was recognised from a resource's content (自动识别): kind, format and media type from the bytes themselves, the
 * size, and duration, pages or resolution where they apply; plus the blob the content is stored as and the name it
 * was uploaded under.
 */
@Embeddable
public class MediaFacts implements Serializable {

    private static final long serialVersionUID = 1L;

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

    /** Adds what the probe measured; any of them may be unknown. */
    public MediaFacts withMeasures(Integer duration, Integer pages, Integer pixelsWide, Integer pixelsHigh) {
        this.durationSeconds = duration;
        this.pageCount = pages;
        this.width = pixelsWide;
        this.height = pixelsHigh;
        return this;
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
