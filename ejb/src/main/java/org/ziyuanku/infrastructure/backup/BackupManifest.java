package org.ziyuanku.infrastructure.backup;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The manifest of a generation, {@value #FILE}: one line {@code <sha256>  <size>  <path>} per file, sorted by path,
 * written last, so a generation without it is incomplete. {@code awk '{print $1"  "$3}' manifest.txt | sha256sum -c}
 * checks it without Java (./zyk restore does).
 */
public final class BackupManifest {

    public static final String FILE = "manifest.txt";
    private static final int BUFFER = 64 * 1024;

    private BackupManifest() {
    }

    /**
     * Writes the manifest of every file under {@code generation}. A file listed in {@code known} with the same size
     * (a blob taken over from the previous generation by a hard link, or hashed while copied) is not read again.
     *
     * @return the manifest's own SHA-256
     */
    public static String write(Path generation, Map<String, ManifestEntry> known) throws IOException {
        List<String> lines = new ArrayList<>();
        for (Path file : files(generation)) {
            String path = relative(generation, file);
            long size = Files.size(file);
            ManifestEntry entry = known.get(path);
            lines.add((entry != null && entry.size() == size ? entry : new ManifestEntry(path, sha256(file), size))
                    .line());
        }
        Path manifest = generation.resolve(FILE);
        Path part = generation.resolve(FILE + ".part");
        Files.write(part, lines, StandardCharsets.UTF_8);
        Files.move(part, manifest);
        return sha256(manifest);
    }

    /** The entries of a generation's manifest by path; empty when it has none. */
    public static Map<String, ManifestEntry> read(Path generation) throws IOException {
        Path manifest = generation.resolve(FILE);
        if (!Files.isRegularFile(manifest)) {
            return Map.of();
        }
        return Files.readAllLines(manifest, StandardCharsets.UTF_8).stream().filter(l -> !l.isBlank())
                .map(ManifestEntry::parse).collect(Collectors.toMap(ManifestEntry::path, e -> e, (a, b) -> a,
                        LinkedHashMap::new));
    }

    /**
     * Checks every file of the manifest against its size and SHA-256 and that no file is missing or unlisted;
     * returns the problems, one per file ("blobs/ab/cd/…: SHA-256 differs"), empty when all is well.
     */
    public static List<String> verify(Path generation) throws IOException {
        Map<String, ManifestEntry> listed = read(generation);
        List<String> problems = new ArrayList<>();
        if (listed.isEmpty()) {
            problems.add(FILE + ": missing or empty");
        }
        for (ManifestEntry entry : listed.values()) {
            Path file = generation.resolve(entry.path());
            if (!Files.isRegularFile(file)) {
                problems.add(entry.path() + ": missing");
            } else if (Files.size(file) != entry.size()) {
                problems.add(entry.path() + ": size differs");
            } else if (!sha256(file).equals(entry.sha256())) {
                problems.add(entry.path() + ": SHA-256 differs");
            }
        }
        for (Path file : files(generation)) {
            if (!listed.containsKey(relative(generation, file))) {
                problems.add(relative(generation, file) + ": not in the manifest");
            }
        }
        return problems;
    }

    /** Every regular file of the generation except the manifest, sorted. */
    static List<Path> files(Path generation) throws IOException {
        try (Stream<Path> all = Files.walk(generation)) {
            return all.filter(Files::isRegularFile).filter(f -> !f.getFileName().toString().startsWith(FILE))
                    .sorted().toList();
        }
    }

    static String relative(Path generation, Path file) {
        return generation.relativize(file).toString().replace('\\', '/');
    }

    /** The SHA-256 of a file's content, in lower-case hex. */
    public static String sha256(Path file) throws IOException {
        MessageDigest digest = digest();
        byte[] buffer = new byte[BUFFER];
        try (InputStream in = Files.newInputStream(file)) {
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                digest.update(buffer, 0, n);
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
