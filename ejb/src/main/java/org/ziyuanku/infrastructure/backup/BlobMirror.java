package org.ziyuanku.infrastructure.backup;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Copies the content-addressed blob store ({@code ab/cd/abcd…}) into a generation's {@value #FOLDER} folder,
 * incrementally: a file the previous generation holds is hard-linked from there (no copy, no second read), only new
 * files are copied, each checked against its name (its SHA-256) while copied. Staging files are left out.
 */
public final class BlobMirror {

    public static final String FOLDER = "blobs";
    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");
    private static final Pattern PREFIX = Pattern.compile("[0-9a-f]{2}");

    private BlobMirror() {
    }

    /** How a mirror went: files copied, files taken over from the previous generation, and their manifest entries. */
    public record Result(int copied, int linked, Map<String, ManifestEntry> entries) {
    }

    /**
     * Mirrors {@code blobRoot} into {@code generation/blobs}, taking over what {@code previous} (a generation, or
     * null) holds according to its manifest.
     */
    public static Result mirror(Path blobRoot, Path previous, Path generation) throws IOException {
        Map<String, ManifestEntry> before = previous == null ? Map.of() : BackupManifest.read(previous);
        Map<String, ManifestEntry> entries = new HashMap<>();
        int copied = 0;
        int linked = 0;
        for (Path source : blobs(blobRoot)) {
            String path = FOLDER + "/" + BackupManifest.relative(blobRoot, source);
            Path target = generation.resolve(path);
            Files.createDirectories(target.getParent());
            ManifestEntry old = before.get(path);
            if (old != null && Files.isRegularFile(previous.resolve(path)) && link(previous.resolve(path), target)) {
                entries.put(path, old);
                linked++;
            } else {
                entries.put(path, copy(source, target, path));
                copied++;
            }
        }
        return new Result(copied, linked, entries);
    }

    private static boolean link(Path existing, Path target) {
        try {
            Files.createLink(target, existing);
            return true;
        } catch (IOException | UnsupportedOperationException e) {
            return false;
        }
    }

    private static ManifestEntry copy(Path source, Path target, String path) throws IOException {
        Path part = target.resolveSibling(target.getFileName() + ".part");
        String sha;
        long size;
        try (InputStream in = Files.newInputStream(source);
                DigestOutputStream out = new DigestOutputStream(Files.newOutputStream(part),
                        BackupManifest.digest())) {
            size = in.transferTo(out);
            sha = HexFormat.of().formatHex(out.getMessageDigest().digest());
        }
        if (!sha.equals(source.getFileName().toString())) {
            Files.delete(part);
            throw new IOException("stored file " + source + " is damaged: its SHA-256 is " + sha);
        }
        Files.move(part, target);
        return new ManifestEntry(path, sha, size);
    }

    /** The stored files: {@code xx/yy/<sha256>} under the root, nothing else. */
    static List<Path> blobs(Path blobRoot) throws IOException {
        if (!Files.isDirectory(blobRoot)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(blobRoot, 3)) {
            return files.filter(f -> blobRoot.relativize(f).getNameCount() == 3).filter(Files::isRegularFile)
                    .filter(BlobMirror::isBlob).sorted().toList();
        }
    }

    private static boolean isBlob(Path file) {
        String name = file.getFileName().toString();
        return SHA256.matcher(name).matches() && PREFIX.matcher(file.getParent().getFileName().toString()).matches()
                && name.startsWith(file.getParent().getParent().getFileName().toString()
                        + file.getParent().getFileName());
    }
}
