package org.ziyuanku.infrastructure.storage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Content streamed into a staging file: its SHA-256 and size. Closing it removes the staging file if it is still there. */
public record StagedBlob(Path file, String sha256, long sizeBytes) implements AutoCloseable {

    @Override
    public void close() throws IOException {
        Files.deleteIfExists(file);
    }
}
