package org.ziyuanku.infrastructure.backup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;

/**
 * Copies the audit archive directory (the signed archive files and, when no key is configured, the generated signing
 * key) into a generation's {@value #FOLDER} folder. Archive files never change once written, so one the previous
 * generation holds with the same size is hard-linked from there; the manifest checksums them all.
 */
public final class ArchiveMirror {

    public static final String FOLDER = "audit-archive";

    private ArchiveMirror() {
    }

    /** Mirrors {@code archiveDir} (null or missing: nothing) into {@code generation/audit-archive}; returns the count. */
    public static int mirror(Path archiveDir, Path previous, Path generation) throws IOException {
        if (archiveDir == null || !Files.isDirectory(archiveDir)) {
            return 0;
        }
        Path target = generation.resolve(FOLDER);
        int files = 0;
        for (Path source : files(archiveDir)) {
            Files.createDirectories(target);
            Path copy = target.resolve(source.getFileName());
            Path old = previous == null ? null : previous.resolve(FOLDER).resolve(source.getFileName());
            if (!(old != null && Files.isRegularFile(old) && Files.size(old) == Files.size(source) && link(old, copy))) {
                Files.copy(source, copy, StandardCopyOption.COPY_ATTRIBUTES);
            }
            files++;
        }
        return files;
    }

    private static boolean link(Path existing, Path target) {
        try {
            Files.createLink(target, existing);
            return true;
        } catch (IOException | UnsupportedOperationException e) {
            return false;
        }
    }

    /** The complete files of the directory (not the ones being written, {@code *.part}), in name order. */
    static List<Path> files(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(Files::isRegularFile).filter(f -> !f.getFileName().toString().endsWith(".part"))
                    .sorted().toList();
        }
    }
}
