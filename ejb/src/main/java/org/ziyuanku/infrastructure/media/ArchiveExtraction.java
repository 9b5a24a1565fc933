package org.ziyuanku.infrastructure.media;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.ziyuanku.infrastructure.media.ArchiveInspector.CheckedEntry;

/**
 * One extraction of checked entries into a target folder. Every resolved path must stay inside the folder; the bytes
 * really written are counted against the limits and the declared size, and the ratio against the compressed size.
 * Whatever was created is deleted again if anything goes wrong.
 */
final class ArchiveExtraction {

    private static final Logger LOG = Logger.getLogger(ArchiveExtraction.class.getName());
    private static final int BUFFER_BYTES = 64 * 1024;

    private final ZipFile zip;
    private final Path root;
    private final ArchiveLimits limits;
    private final Deque<Path> created = new ArrayDeque<>();
    private long total;
    private long totalCompressed;

    ArchiveExtraction(ZipFile zip, Path targetDir, ArchiveLimits limits) {
        this.zip = zip;
        this.root = targetDir.toAbsolutePath().normalize();
        this.limits = limits;
    }

    void run(List<CheckedEntry> entries) {
        try {
            Files.createDirectories(root);
            for (CheckedEntry entry : entries) {
                if (entry.info().name().isEmpty()) {
                    continue;
                }
                Path target = resolve(entry.info().name());
                if (entry.info().directory()) {
                    directories(target);
                } else {
                    directories(target.getParent());
                    write(entry, target);
                }
            }
        } catch (IOException e) {
            deleteCreated();
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            deleteCreated();
            throw e;
        }
    }

    private Path resolve(String name) {
        Path target = root.resolve(name).normalize();
        if (!target.startsWith(root) || target.equals(root)) {
            throw new ArchiveRejectedException(ArchiveRejection.PATH_TRAVERSAL, name);
        }
        return target;
    }

    private void directories(Path dir) throws IOException {
        if (Files.isDirectory(dir)) {
            return;
        }
        directories(dir.getParent());
        Files.createDirectory(dir);
        created.push(dir);
    }

    private void write(CheckedEntry checked, Path target) throws IOException {
        String name = checked.info().name();
        totalCompressed += checked.info().compressedSize();
        try (InputStream in = open(checked);
                OutputStream out = Files.newOutputStream(target, StandardOpenOption.CREATE_NEW)) {
            created.push(target);
            byte[] buffer = new byte[BUFFER_BYTES];
            long written = 0;
            for (int n = read(in, buffer, name); n >= 0; n = read(in, buffer, name)) {
                written += n;
                total += n;
                checkCounts(checked.info(), written);
                out.write(buffer, 0, n);
            }
        }
    }

    private void checkCounts(ArchiveEntryInfo info, long written) {
        if (written > info.size() || written > limits.maxEntryBytes()
                || total > limits.maxTotalUncompressedBytes()) {
            throw new ArchiveRejectedException(ArchiveRejection.TOO_LARGE, info.name());
        }
        if (limits.ratioExceeded(written, info.compressedSize()) || limits.ratioExceeded(total, totalCompressed)) {
            throw new ArchiveRejectedException(ArchiveRejection.COMPRESSION_RATIO, info.name());
        }
    }

    private InputStream open(CheckedEntry checked) {
        try {
            return zip.getInputStream(checked.entry());
        } catch (IOException e) {
            throw new ArchiveRejectedException(ArchiveRejection.UNREADABLE, checked.info().name(), e);
        }
    }

    /** A failure to read is the archive's fault; a failure to write is the target folder's. */
    private static int read(InputStream in, byte[] buffer, String name) {
        try {
            return in.read(buffer);
        } catch (IOException e) {
            throw new ArchiveRejectedException(ArchiveRejection.UNREADABLE, name, e);
        }
    }

    private void deleteCreated() {
        while (!created.isEmpty()) {
            Path path = created.pop();
            try {
                Files.deleteIfExists(path);
            } catch (IOException e) {
                LOG.log(Level.WARNING, e, () -> "Could not delete " + path + " after a failed extraction");
            }
        }
    }
}
