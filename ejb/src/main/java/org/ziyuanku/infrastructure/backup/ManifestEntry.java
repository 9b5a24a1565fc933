package org.ziyuanku.infrastructure.backup;

/** One file of a backup generation: its path relative to the generation (with '/'), SHA-256 (hex) and size. */
public record ManifestEntry(String path, String sha256, long size) {

    /** The manifest line: {@code <sha256>  <size>  <path>}. */
    String line() {
        return sha256 + "  " + size + "  " + path;
    }

    static ManifestEntry parse(String line) {
        String[] parts = line.split(" {2}", 3);
        if (parts.length != 3 || !parts[0].matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("not a manifest line: " + line);
        }
        return new ManifestEntry(parts[2], parts[0], Long.parseLong(parts[1]));
    }
}
