package org.ziyuanku.domain.teaching;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A file of a homework submission: the stored blob (by SHA-256), the name the learner gave it, its detected type. */
@Embeddable
public class SubmissionFile {

    @Column(name = "blob_sha256", nullable = false, length = 64)
    private String blobSha256;

    @Column(nullable = false, length = 255)
    private String filename;

    @Column(name = "media_type", nullable = false, length = 128)
    private String mediaType;

    @Column(name = "size_bytes", nullable = false)
    private long sizeBytes;

    protected SubmissionFile() {
    }

    public SubmissionFile(String blobSha256, String filename, String mediaType, long sizeBytes) {
        this.blobSha256 = blobSha256;
        this.filename = filename;
        this.mediaType = mediaType;
        this.sizeBytes = sizeBytes;
    }

    public String getBlobSha256() {
        return blobSha256;
    }

    public String getFilename() {
        return filename;
    }

    public String getMediaType() {
        return mediaType;
    }

    public long getSizeBytes() {
        return sizeBytes;
    }
}
