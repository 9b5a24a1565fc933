package org.ziyuanku.infrastructure.storage;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Predicate;

/**
 * Content-addressed file storage that every cluster node shares: a file is named by its SHA-256, so the same content is
 * kept once. Content is first staged (hashed while it streams in), then kept under its name; nothing is ever read
 * whole into memory.
 */
public interface BlobStore {

    /**
     * Streams {@code content} into a staging file, hashing it on the way; stops and throws {@link BlobTooLargeException}
     * after {@code maxBytes} bytes. The caller closes the staged blob, which removes the staging file.
     */
    StagedBlob stage(InputStream content, long maxBytes) throws IOException;

    /** Keeps the staged content under its SHA-256; if that content is already kept, marks it as freshly used. */
    void keep(StagedBlob staged) throws IOException;

    /** Whether content with this SHA-256 is kept. */
    boolean contains(String sha256);

    /** The kept file, for reading with random access; the caller must not change or delete it. */
    Path locate(String sha256) throws IOException;

    /**
     * Deletes kept files that {@code stillUsed} does not claim and that were neither kept nor used within
     * {@code grace}, so content whose database row is still being written is never removed. Returns the names removed.
     */
    List<String> sweep(Predicate<String> stillUsed, Duration grace) throws IOException;
}
