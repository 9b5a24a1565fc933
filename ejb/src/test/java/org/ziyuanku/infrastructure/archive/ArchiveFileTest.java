package org.ziyuanku.infrastructure.archive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArchiveFileTest {

    @TempDir
    Path dir;

    private static ArchiveLine line(long id, String detail) {
        return new ArchiveLine(id, LocalDateTime.of(2026, 5, 1, 8, 30, 0, 123_400_000), "老师 \"x\"", "teacher",
                "platform", "127.0.0.1", "SIGN_IN", "console", "SUCCESS", detail, "0".repeat(64), "a".repeat(64));
    }

    @Test
    void write_thenRead_givesBackEveryRecord_andNoPartFileRemains() throws Exception {
        List<ArchiveLine> lines = List.of(line(1, "first\nline"), line(2, "第二 ,;\\ \t"));
        Path file = ArchiveFile.write(dir, "audit-1-2.jsonl.gz", lines);
        assertEquals(lines, ArchiveFile.read(file));
        assertFalse(Files.exists(dir.resolve("audit-1-2.jsonl.gz.part")));
        assertEquals(64, ArchiveFile.sha256(file).length());
    }

    @Test
    void signature_fitsOnlyItsStatement_andTheGeneratedKeyIsOwnerOnly() throws Exception {
        ArchiveSettings settings = new ArchiveSettings(dir, 180, 180, null);
        ArchiveSigner signer = ArchiveSigner.of(settings);
        String signature = signer.sign("statement");
        assertTrue(signer.verify("statement", signature));
        assertFalse(signer.verify("statement!", signature));
        assertEquals("file", signer.source());
        assertEquals("rw-------", PosixFilePermissions.toString(
                Files.getPosixFilePermissions(dir.resolve(ArchiveSigner.KEY_FILE))));
        assertEquals(signature, ArchiveSigner.of(settings).sign("statement"), "the key is kept");
        assertNotEquals(signature, ArchiveSigner.of(new ArchiveSettings(dir, 180, 180, "configured")).sign("statement"));
    }

    @Test
    void retentionBelowSixMonths_isRefused() {
        assertThrows(IllegalArgumentException.class,
                () -> new ArchiveSettings(dir, 179, 180, null));
    }
}
