package org.ziyuanku.infrastructure.media;

/**
 * Bounds for a ZIP archive, checked on the sizes its central directory declares and again on the bytes really
 * extracted. The compression ratio (uncompressed / compressed) is checked for each entry and for the whole archive,
 * but only from {@link ArchiveInspector#RATIO_CHECKED_FROM_BYTES} uncompressed bytes on: small text files compress
 * far better than 100:1 and are harmless.
 */
public record ArchiveLimits(int maxEntries, long maxTotalUncompressedBytes, long maxEntryBytes,
        int maxCompressionRatio) {

    /** 10,000 entries, 2 GiB in all, 1 GiB per entry, a ratio of at most 100. */
    public static final ArchiveLimits DEFAULT = new ArchiveLimits(10_000, 2L << 30, 1L << 30, 100);

    public ArchiveLimits {
        if (maxEntries <= 0 || maxTotalUncompressedBytes <= 0 || maxEntryBytes <= 0 || maxCompressionRatio <= 0) {
            throw new IllegalArgumentException("archive limits must be positive");
        }
    }

    /** Whether so many uncompressed bytes from so many compressed ones exceed the ratio (without overflow). */
    boolean ratioExceeded(long uncompressed, long compressed) {
        return uncompressed >= ArchiveInspector.RATIO_CHECKED_FROM_BYTES
                && (compressed <= 0 || uncompressed / maxCompressionRatio > compressed);
    }
}
