package org.ziyuanku.infrastructure.media;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;

/** Archives are made here at run time, bombs included; nothing malicious is committed. */
class ArchiveInspectorTest {

    private static final int MIB = 1024 * 1024;
    private static final String BOMB_ENTRY = "焊接/zeros.bin";

    private final ArchiveInspector inspector = new ArchiveInspector();

    @TempDir
    Path dir;

    /** A ZIP whose entries are given as name, content pairs; a name ending in '/' is a folder. */
    private Path zip(String file, Charset charset, String... namesAndContents) throws IOException {
        Path zip = dir.resolve(file);
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip), charset)) {
            for (int i = 0; i < namesAndContents.length; i += 2) {
                out.putNextEntry(new ZipEntry(namesAndContents[i]));
                out.write(namesAndContents[i + 1].getBytes(StandardCharsets.UTF_8));
                out.closeEntry();
            }
        }
        return zip;
    }

    private Path zip(String... namesAndContents) throws IOException {
        return zip("upload.zip", StandardCharsets.UTF_8, namesAndContents);
    }

    /** 200 MiB of zeros in one deflated entry: about 200 KB on disk. */
    private Path bomb() throws IOException {
        Path zip = dir.resolve("bomb.zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            out.setLevel(Deflater.BEST_COMPRESSION);
            out.putNextEntry(new ZipEntry(BOMB_ENTRY));
            byte[] zeros = new byte[MIB];
            for (int i = 0; i < 200; i++) {
                out.write(zeros);
            }
            out.closeEntry();
        }
        return zip;
    }

    /** Rewrites a field of every central directory header: the archive then declares something else. */
    private static void patchCentralDirectory(Path zip, int fieldOffset, int value, boolean twoBytes)
            throws IOException {
        byte[] bytes = Files.readAllBytes(zip);
        ByteBuffer buffer = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        for (int i = 0; i + 46 <= bytes.length; i++) {
            if (buffer.getInt(i) == 0x02014b50) {
                if (twoBytes) {
                    buffer.putShort(i + fieldOffset, (short) value);
                } else {
                    buffer.putInt(i + fieldOffset, value);
                }
            }
        }
        Files.write(zip, bytes);
    }

    private static ArchiveRejectedException refused(ArchiveRejection reason, Executable action) {
        ArchiveRejectedException e = assertThrows(ArchiveRejectedException.class, action);
        assertEquals(reason, e.getReason(), e.getMessage());
        return e;
    }

    private List<Path> filesUnder(Path root) throws IOException {
        if (!Files.exists(root)) {
            return List.of();
        }
        try (Stream<Path> all = Files.walk(root)) {
            return all.filter(p -> !p.equals(root)).toList();
        }
    }

    @Test
    void normalZip_withFoldersAndAChineseFolderName_isListedAndExtracted() throws IOException {
        Path zip = zip("课件/", "", "课件/第一章/", "", "课件/第一章/焊接工艺.txt", "焊接工艺评定", "readme.txt", "hello");
        List<ArchiveEntryInfo> entries = inspector.inspect(zip, ArchiveLimits.DEFAULT);
        assertEquals(List.of("课件", "课件/第一章", "课件/第一章/焊接工艺.txt", "readme.txt"),
                entries.stream().map(ArchiveEntryInfo::name).toList());
        assertEquals(List.of(true, true, false, false),
                entries.stream().map(ArchiveEntryInfo::directory).toList());
        assertEquals(18, entries.get(2).size());

        Path target = dir.resolve("out");
        inspector.extract(zip, target, ArchiveLimits.DEFAULT);
        assertEquals("焊接工艺评定", Files.readString(target.resolve("课件/第一章/焊接工艺.txt")));
        assertEquals("hello", Files.readString(target.resolve("readme.txt")));
    }

    /** Windows' built-in ZIP and older Chinese tools write names in GBK without the UTF-8 flag. */
    @Test
    void gbkEntryNames_fromChineseWindows_areDecoded() throws IOException {
        Path zip = zip("gbk.zip", Charset.forName("GBK"), "实训指导/第二章/说明.txt", "GBK 名称");
        assertEquals("实训指导/第二章/说明.txt", inspector.inspect(zip, ArchiveLimits.DEFAULT).get(0).name());

        Path target = dir.resolve("out");
        inspector.extract(zip, target, ArchiveLimits.DEFAULT);
        assertEquals("GBK 名称", Files.readString(target.resolve("实训指导/第二章/说明.txt")));
    }

    @Test
    void backslashSeparators_areFolders() throws IOException {
        Path zip = zip("课件\\第一章\\说明.txt", "x");
        assertEquals("课件/第一章/说明.txt", inspector.inspect(zip, ArchiveLimits.DEFAULT).get(0).name());
    }

    @Test
    void zipBomb_isRefusedByItsDeclaredRatio_beforeAnythingIsExtracted() throws IOException {
        Path zip = bomb();
        assertTrue(Files.size(zip) < 400 * 1024, "bomb has " + Files.size(zip) + " bytes");
        ArchiveRejectedException e = refused(ArchiveRejection.COMPRESSION_RATIO,
                () -> inspector.inspect(zip, ArchiveLimits.DEFAULT));
        assertEquals(BOMB_ENTRY, e.getEntryName());

        Path target = dir.resolve("out");
        refused(ArchiveRejection.COMPRESSION_RATIO, () -> inspector.extract(zip, target, ArchiveLimits.DEFAULT));
        assertEquals(List.of(), filesUnder(target));
    }

    @Test
    void zipBomb_isRefusedByItsDeclaredSize_whenTheRatioWouldPass() throws IOException {
        Path zip = bomb();
        ArchiveLimits limits = new ArchiveLimits(10, 1L << 30, 100L * MIB, 100_000);
        refused(ArchiveRejection.TOO_LARGE, () -> inspector.inspect(zip, limits));
    }

    @Test
    void compressibleSmallFile_isNotTakenForABomb() throws IOException {
        Path zip = zip("空白.txt", " ".repeat(512 * 1024));
        assertEquals(1, inspector.inspect(zip, ArchiveLimits.DEFAULT).size());
    }

    /** The bomb declares 1,000 bytes: only counting the bytes really written stops it. */
    @Test
    void lyingDeclaredSize_isCaughtWhileExtracting_andNothingStaysBehind() throws IOException {
        Path zip = bomb();
        patchCentralDirectory(zip, 24, 1000, false);
        assertEquals(1000, inspector.inspect(zip, ArchiveLimits.DEFAULT).get(0).size());

        Path target = dir.resolve("out");
        refused(ArchiveRejection.TOO_LARGE, () -> inspector.extract(zip, target, ArchiveLimits.DEFAULT));
        assertEquals(List.of(), filesUnder(target));
    }

    @Test
    void parentSegment_isPathTraversal() throws IOException {
        Path target = dir.resolve("out");
        Path zip = zip("ok.txt", "fine", "../evil.txt", "escaped");
        ArchiveRejectedException e = refused(ArchiveRejection.PATH_TRAVERSAL,
                () -> inspector.extract(zip, target, ArchiveLimits.DEFAULT));
        assertEquals("../evil.txt", e.getEntryName());
        assertFalse(Files.exists(dir.resolve("evil.txt")));
        assertEquals(List.of(), filesUnder(target));
    }

    @Test
    void hiddenParentSegments_withEitherSlash_arePathTraversal() throws IOException {
        for (String name : List.of("docs/../../evil.txt", "..\\evil.txt", "课件\\..\\..\\evil.txt", "..")) {
            Path zip = zip(name, "escaped");
            refused(ArchiveRejection.PATH_TRAVERSAL, () -> inspector.inspect(zip, ArchiveLimits.DEFAULT));
        }
    }

    @Test
    void absolutePathsAndDriveLetters_arePathTraversal() throws IOException {
        for (String name : List.of("/etc/evil.txt", "\\\\server\\share\\evil.txt", "C:/evil.txt", "c:evil.txt")) {
            Path zip = zip(name, "escaped");
            ArchiveRejectedException e = refused(ArchiveRejection.PATH_TRAVERSAL,
                    () -> inspector.inspect(zip, ArchiveLimits.DEFAULT));
            assertEquals(name.replace('\\', '/'), e.getEntryName().replace('\\', '/'));
        }
    }

    @Test
    void tooManyEntries_areRefused() throws IOException {
        String[] entries = new String[22];
        for (int i = 0; i < 11; i++) {
            entries[2 * i] = "file" + i + ".txt";
            entries[2 * i + 1] = "x";
        }
        Path zip = zip(entries);
        ArchiveLimits limits = new ArchiveLimits(10, MIB, MIB, 100);
        refused(ArchiveRejection.TOO_MANY_ENTRIES, () -> inspector.inspect(zip, limits));
        assertEquals(11, inspector.inspect(zip, new ArchiveLimits(11, MIB, MIB, 100)).size());
    }

    @Test
    void entriesTogetherOverTheTotal_areTooLarge() throws IOException {
        Path zip = zip("a.txt", "a".repeat(600), "b.txt", "b".repeat(600));
        ArchiveLimits limits = new ArchiveLimits(10, 1000, 1000, 100);
        ArchiveRejectedException e = refused(ArchiveRejection.TOO_LARGE, () -> inspector.inspect(zip, limits));
        assertEquals("b.txt", e.getEntryName());
    }

    @Test
    void encryptedEntry_isRefused() throws IOException {
        Path zip = zip("秘密.txt", "secret");
        patchCentralDirectory(zip, 8, 0x0801, true);
        refused(ArchiveRejection.ENCRYPTED, () -> inspector.inspect(zip, ArchiveLimits.DEFAULT));
    }

    @Test
    void somethingElseThanAZip_isUnreadable() throws IOException {
        Path notZip = Files.writeString(dir.resolve("x.zip"), "not a zip at all");
        refused(ArchiveRejection.UNREADABLE, () -> inspector.inspect(notZip, ArchiveLimits.DEFAULT));
    }

    @Test
    void extraction_neverOverwritesAnExistingFile_andRemovesWhatItWrote() throws IOException {
        Path target = Files.createDirectories(dir.resolve("out"));
        Files.writeString(target.resolve("b.txt"), "mine");
        Path zip = zip("a/a.txt", "new", "b.txt", "theirs");
        assertThrows(UncheckedIOException.class,
                () -> inspector.extract(zip, target, ArchiveLimits.DEFAULT));
        assertEquals("mine", Files.readString(target.resolve("b.txt")));
        assertEquals(List.of(target.resolve("b.txt")), filesUnder(target));
    }

    @Test
    void limits_mustBePositive() {
        assertThrows(IllegalArgumentException.class, () -> new ArchiveLimits(0, 1, 1, 1));
        assertThrows(IllegalArgumentException.class, () -> new ArchiveLimits(1, 1, 1, 0));
        assertEquals(new ArchiveLimits(10_000, 2L << 30, 1L << 30, 100), ArchiveLimits.DEFAULT);
    }
}
