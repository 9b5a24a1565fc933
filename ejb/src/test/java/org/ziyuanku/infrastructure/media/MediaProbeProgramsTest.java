package org.ziyuanku.infrastructure.media;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The one rule for programs and scripts, as the files inside an uploaded archive are checked against it. */
class MediaProbeProgramsTest {

    private final MediaProbe probe = new MediaProbe();

    @TempDir
    Path dir;

    private Path file(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name.replace('/', '_')), text, StandardCharsets.UTF_8);
    }

    @Test
    void programs_areFoundByContent_whateverTheirName() throws IOException {
        byte[] elf = new byte[256];
        System.arraycopy(new byte[] {0x7f, 'E', 'L', 'F', 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2, 0, 0x3e, 0}, 0, elf,
                0, 20);
        Path binary = Files.write(dir.resolve("tool"), elf);
        assertEquals(Optional.of("application/x-executable"), probe.programType(binary, "课件/tool.txt", true));
        assertEquals(Optional.of("application/x-sh"), probe.programType(file("a", "#!/bin/sh\nrm -rf /\n"),
                "说明.txt", false));
    }

    @Test
    void scripts_areFoundByName_whateverTheirContent() throws IOException {
        assertEquals(Optional.of("application/x-sh"), probe.programType(file("b", "rm -rf /\n"), "工具/run.sh", false));
        assertTrue(probe.programType(file("c", "del *.*\r\n"), "clean.bat", false).isPresent());
        assertTrue(probe.programType(file("d", "print(1)\n"), "a.py", false).isPresent());
        assertTrue(probe.programType(file("e", "alert(1)"), "app.js", false).isPresent());
    }

    @Test
    void browserScripts_passOnlyWhereAllowed_otherFilesAlways() throws IOException {
        assertEquals(Optional.empty(), probe.programType(file("f", "document.title = 'x';"), "js/app.js", true));
        assertTrue(probe.programType(file("g", "rm -rf /\n"), "run.sh", true).isPresent());
        assertEquals(Optional.empty(), probe.programType(file("h", "焊接"), "说明.txt", false));
        assertEquals(Optional.empty(), probe.programType(file("i", "<p>x</p>"), "index.html", true));
        assertEquals(Optional.empty(), probe.programType(Files.write(dir.resolve("empty"), new byte[0]), "空", false));
    }

    @Test
    void zips_areRecognised_officeDocumentsAndTextAreNot() throws IOException {
        Path zip = dir.resolve("inner");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            out.putNextEntry(new ZipEntry("a.txt"));
            out.write('a');
        }
        assertTrue(probe.isZip(zip));
        assertFalse(probe.isZip(file("j", "PK but text")));
        assertThrows(MediaRejectedException.class, () -> probe.programType(dir.resolve("gone"), "gone.sh", false));
    }
}
