package org.ziyuanku.infrastructure.storage;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileSystemBlobStoreTest {

    private static final byte[] CONTENT = "焊接工艺评定".getBytes(StandardCharsets.UTF_8);
    private static final String CONTENT_SHA = "6038384f1aeb329a9da084e2805b85d2a59dc5e42804c2841d2902d8eb99e0d9";

    @TempDir
    Path dir;

    private FileSystemBlobStore store;

    @BeforeEach
    void openStore() {
        System.setProperty("zyk.blob.dir", dir.toString());
        store = new FileSystemBlobStore();
        store.open();
    }

    @AfterEach
    void forgetDirectory() {
        System.clearProperty("zyk.blob.dir");
    }

    @Test
    void keep_sameContentTwice_isStoredOnceUnderItsSha256() throws IOException {
        keep(CONTENT);
        StagedBlob second = keep(CONTENT);

        assertEquals(CONTENT_SHA, second.sha256());
        assertEquals(CONTENT.length, second.sizeBytes());
        assertArrayEquals(CONTENT, Files.readAllBytes(store.locate(CONTENT_SHA)));
        assertEquals(1, countBlobFiles());
        assertEquals(0, countStagingFiles());
    }

    @Test
    void stage_overTheLimit_throwsAndLeavesNothing() {
        BlobTooLargeException e = assertThrows(BlobTooLargeException.class,
                () -> store.stage(new ByteArrayInputStream(new byte[1001]), 1000));

        assertEquals(1000, e.getLimitBytes());
        assertEquals(0, countStagingFiles());
        assertEquals(0, countBlobFiles());
    }

    @Test
    void sweep_removesOnlyUnclaimedFilesOlderThanTheGrace() throws IOException {
        keep(CONTENT);
        String other = keep("另一个文件".getBytes(StandardCharsets.UTF_8)).sha256();

        assertTrue(store.sweep(sha -> false, Duration.ofHours(1)).isEmpty(), "fresh files stay");
        List<String> removed = store.sweep(sha -> sha.equals(CONTENT_SHA), Duration.ZERO.minusSeconds(1));

        assertEquals(List.of(other), removed);
        assertTrue(store.contains(CONTENT_SHA));
        assertFalse(store.contains(other));
    }

    private StagedBlob keep(byte[] content) throws IOException {
        try (StagedBlob staged = store.stage(new ByteArrayInputStream(content), 1 << 20)) {
            store.keep(staged);
            return staged;
        }
    }

    private long countBlobFiles() {
        return count(f -> !f.startsWith(dir.resolve("staging")));
    }

    private long countStagingFiles() {
        return count(f -> f.startsWith(dir.resolve("staging")));
    }

    private long count(Predicate<Path> filter) {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).filter(filter).count();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
