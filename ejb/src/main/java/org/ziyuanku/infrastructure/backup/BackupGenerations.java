package org.ziyuanku.infrastructure.backup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The generations under the backup directory: one folder per run, named by its start ({@code 20261205-013000-123}),
 * complete once its manifest is written. The newest complete one is what the next run builds on; after a successful
 * run only the newest {@code keep} complete generations stay, and incomplete ones (failed runs) go.
 */
public final class BackupGenerations {

    static final DateTimeFormatter NAME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS");
    private static final Pattern GENERATION = Pattern.compile("\\d{8}-\\d{6}-\\d{3}");

    private BackupGenerations() {
    }

    /** Creates the folder of a new generation started at {@code now}. */
    public static Path create(Path directory, LocalDateTime now) throws IOException {
        Files.createDirectories(directory);
        return Files.createDirectory(directory.resolve(NAME.format(now)));
    }

    /** The newest complete generation other than {@code except}. */
    public static Optional<Path> newestComplete(Path directory, Path except) throws IOException {
        return complete(directory).stream().filter(g -> !g.equals(except)).reduce((a, b) -> b);
    }

    /**
     * Removes every incomplete generation but {@code current}, and all complete ones but the newest {@code keep};
     * returns what was removed.
     */
    public static List<Path> prune(Path directory, int keep, Path current) throws IOException {
        List<Path> removed = new ArrayList<>();
        List<Path> complete = complete(directory);
        for (Path generation : all(directory)) {
            boolean old = complete.contains(generation) && complete.indexOf(generation) < complete.size() - keep;
            boolean broken = !complete.contains(generation) && !generation.equals(current);
            if (old || broken) {
                delete(generation);
                removed.add(generation);
            }
        }
        return removed;
    }

    /** Deletes a generation folder and everything in it. */
    public static void delete(Path generation) throws IOException {
        if (!Files.exists(generation)) {
            return;
        }
        try (Stream<Path> files = Files.walk(generation)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }

    /** The total size of the generation's files, manifest included. */
    public static long size(Path generation) throws IOException {
        try (Stream<Path> files = Files.walk(generation)) {
            long total = 0;
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                total += Files.size(file);
            }
            return total;
        }
    }

    static List<Path> complete(Path directory) throws IOException {
        return all(directory).stream().filter(g -> Files.isRegularFile(g.resolve(BackupManifest.FILE))).toList();
    }

    private static List<Path> all(Path directory) throws IOException {
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        try (Stream<Path> entries = Files.list(directory)) {
            return entries.filter(Files::isDirectory).filter(g -> GENERATION.matcher(g.getFileName().toString())
                    .matches()).sorted().toList();
        }
    }
}
