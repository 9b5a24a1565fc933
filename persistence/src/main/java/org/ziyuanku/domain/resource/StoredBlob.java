package org.ziyuanku.domain.resource;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One distinct content, named by its SHA-256. The same file uploaded twice is stored once; the row exists while at
 * least one resource, course cover, question image or homework file refers to it, and the blob store removes a file
 * only when no row names it any more.
 */
@Entity
@Table(name = "stored_blob")
public class StoredBlob {

    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

    @Id
    @Column(length = 64)
    private String sha256;

    @Column(name = "size_bytes", nullable = false)
    private long sizeBytes;

    @Column(name = "media_type", nullable = false, length = 128)
    private String mediaType;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    protected StoredBlob() {
    }

    public StoredBlob(String sha256, long sizeBytes, String mediaType) {
        if (sha256 == null || !SHA256.matcher(sha256).matches()) {
            throw new IllegalArgumentException("not a lower-case SHA-256: " + sha256);
        }
        this.sha256 = sha256;
        this.sizeBytes = sizeBytes;
        this.mediaType = Objects.requireNonNull(mediaType, "mediaType");
        this.createdAt = LocalDateTime.now();
    }

    public String getSha256() {
        return sha256;
    }

    public long getSizeBytes() {
        return sizeBytes;
    }

    public String getMediaType() {
        return mediaType;
    }
}
