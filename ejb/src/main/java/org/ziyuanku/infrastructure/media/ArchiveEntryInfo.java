package org.ziyuanku.infrastructure.media;

/**
 * One entry of a ZIP archive's central directory: its name (decoded, '/'-separated, no leading or trailing slash),
 * whether it is a folder, and its declared uncompressed and compressed sizes in bytes.
 */
public record ArchiveEntryInfo(String name, boolean directory, long size, long compressedSize) {
}
