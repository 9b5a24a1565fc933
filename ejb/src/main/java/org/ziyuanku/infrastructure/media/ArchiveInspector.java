package org.ziyuanku.infrastructure.media;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;

/**
 * Safe handling of uploaded ZIP archives (压缩包安全检查). The central directory is read and checked before a single
 * byte is extracted: every entry name must stay inside the target folder, nothing may be encrypted, and the entry
 * count, the declared sizes and compression ratios must keep to the {@link ArchiveLimits}. Extraction then checks
 * again, on what it really writes, since declared sizes can lie; on any refusal or failure it deletes what it has
 * written. Entries are streamed, never held in memory; symbolic links are written as plain files.
 */
@ApplicationScoped
public class ArchiveInspector {

    /** Entries and archives smaller than this (uncompressed) are not checked for their compression ratio. */
    public static final long RATIO_CHECKED_FROM_BYTES = 1L << 20;

    /** An entry of the central directory that passed the checks, with its decoded name. */
    record CheckedEntry(ZipArchiveEntry entry, ArchiveEntryInfo info) {
    }

    /**
     * Lists the entries of an archive, folders included (flagged), after checking them against the limits.
     *
     * @throws ArchiveRejectedException with the reason and the offending entry if the archive is refused
     */
    public List<ArchiveEntryInfo> inspect(Path zip, ArchiveLimits limits) {
        try (ZipFile file = open(zip)) {
            return check(file, limits).stream().map(CheckedEntry::info).toList();
        } catch (IOException e) {
            throw new ArchiveRejectedException(ArchiveRejection.UNREADABLE, null, e);
        }
    }

    /**
     * Extracts the files and folders of an archive that passes {@link #inspect} into the target folder, which is
     * created if needed and should be empty: an entry never overwrites an existing file.
     *
     * @throws ArchiveRejectedException if the archive is refused, before or while extracting; nothing stays behind
     * @throws UncheckedIOException     if the target folder cannot be written; nothing stays behind
     */
    public void extract(Path zip, Path targetDir, ArchiveLimits limits) {
        try (ZipFile file = open(zip)) {
            new ArchiveExtraction(file, targetDir, limits).run(check(file, limits));
        } catch (IOException e) {
            throw new ArchiveRejectedException(ArchiveRejection.UNREADABLE, null, e);
        }
    }

    private static ZipFile open(Path zip) throws IOException {
        return ZipFile.builder().setPath(zip).setCharset(StandardCharsets.UTF_8).setUseUnicodeExtraFields(true).get();
    }

    private static List<CheckedEntry> check(ZipFile file, ArchiveLimits limits) {
        List<CheckedEntry> entries = new ArrayList<>();
        long total = 0;
        long totalCompressed = 0;
        Enumeration<ZipArchiveEntry> all = file.getEntries();
        while (all.hasMoreElements()) {
            ZipArchiveEntry entry = all.nextElement();
            String name = ZipEntryNames.decode(entry);
            if (entries.size() >= limits.maxEntries()) {
                throw new ArchiveRejectedException(ArchiveRejection.TOO_MANY_ENTRIES, name);
            }
            ArchiveEntryInfo info = checkEntry(file, entry, name, limits);
            total += info.size();
            totalCompressed += info.compressedSize();
            if (total > limits.maxTotalUncompressedBytes()) {
                throw new ArchiveRejectedException(ArchiveRejection.TOO_LARGE, name);
            }
            entries.add(new CheckedEntry(entry, info));
        }
        if (limits.ratioExceeded(total, totalCompressed)) {
            throw new ArchiveRejectedException(ArchiveRejection.COMPRESSION_RATIO, null);
        }
        return entries;
    }

    private static ArchiveEntryInfo checkEntry(ZipFile file, ZipArchiveEntry entry, String name,
            ArchiveLimits limits) {
        if (ZipEntryNames.isUnsafe(name)) {
            throw new ArchiveRejectedException(ArchiveRejection.PATH_TRAVERSAL, name);
        }
        if (entry.getGeneralPurposeBit().usesEncryption()) {
            throw new ArchiveRejectedException(ArchiveRejection.ENCRYPTED, name);
        }
        boolean directory = entry.isDirectory() || ZipEntryNames.isDirectory(name);
        if (!directory && !file.canReadEntryData(entry)) {
            throw new ArchiveRejectedException(ArchiveRejection.UNREADABLE, name);
        }
        long size = Math.max(0, entry.getSize());
        long compressed = Math.max(0, entry.getCompressedSize());
        if (size > limits.maxEntryBytes()) {
            throw new ArchiveRejectedException(ArchiveRejection.TOO_LARGE, name);
        }
        if (limits.ratioExceeded(size, compressed)) {
            throw new ArchiveRejectedException(ArchiveRejection.COMPRESSION_RATIO, name);
        }
        return new ArchiveEntryInfo(ZipEntryNames.normalize(name), directory, size, compressed);
    }
}
