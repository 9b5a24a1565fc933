package org.ziyuanku.infrastructure.media;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.Optional;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.ziyuanku.domain.resource.ResourceKind;

/** The probe on the committed sample media, and on malicious files made here at run time. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MediaProbeTest {

    private static final String SAMPLES = "/org/ziyuanku/infrastructure/media/samples/";

    private final MediaProbe probe = new MediaProbe();

    @TempDir
    Path dir;

    /** A copy of a committed sample in the temporary folder. */
    private Path sample(String name) throws IOException {
        Path copy = dir.resolve("upload-" + name);
        try (InputStream in = MediaProbeTest.class.getResourceAsStream(SAMPLES + name)) {
            Files.copy(in, copy, StandardCopyOption.REPLACE_EXISTING);
        }
        return copy;
    }

    private Path file(String name, byte[] bytes) throws IOException {
        return Files.write(dir.resolve(name), bytes);
    }

    private MediaRejectedException rejected(Path file, String originalFilename) {
        return assertThrows(MediaRejectedException.class, () -> probe.probe(file, originalFilename));
    }

    private static void assertMedia(ProbedMedia media, String type, ResourceKind kind, String format) {
        assertEquals(type, media.mediaType());
        assertEquals(kind, media.kind());
        assertEquals(format, media.format());
    }

    @Test
    void png_isAnImage_withItsSizeInPixels() throws IOException {
        ProbedMedia media = probe.probe(sample("sample.png"), "焊缝示意图.png");
        assertMedia(media, "image/png", ResourceKind.IMAGE, "png");
        assertEquals(64, media.width());
        assertEquals(48, media.height());
        assertNull(media.durationSeconds());
        assertEquals("", media.text());
    }

    @Test
    void jpeg_namedJpegInCapitals_isAnImage() throws IOException {
        ProbedMedia media = probe.probe(sample("sample.jpg"), "照片.JPEG");
        assertMedia(media, "image/jpeg", ResourceKind.IMAGE, "jpg");
        assertEquals(160, media.width());
        assertEquals(120, media.height());
    }

    @Test
    void gif_isAnAnimation() throws IOException {
        ProbedMedia media = probe.probe(sample("sample.gif"), "动画.gif");
        assertMedia(media, "image/gif", ResourceKind.ANIMATION, "gif");
        assertEquals(64, media.width());
        assertEquals(48, media.height());
    }

    @Test
    void mp4WithIsomBrand_isMp4Video_withDurationAndSize() throws IOException {
        ProbedMedia media = probe.probe(sample("sample.mp4"), "焊接操作演示.mp4");
        assertMedia(media, "video/mp4", ResourceKind.VIDEO, "mp4");
        assertEquals(3, media.durationSeconds());
        assertEquals(160, media.width());
        assertEquals(120, media.height());
        assertEquals("", media.text());
    }

    @Test
    void mp4_namedM4v_isAccepted() throws IOException {
        assertMedia(probe.probe(sample("sample.mp4"), "clip.m4v"), "video/mp4", ResourceKind.VIDEO, "mp4");
    }

    @Test
    void mp3_isAudio_withDuration() throws IOException {
        ProbedMedia media = probe.probe(sample("sample.mp3"), "讲解.mp3");
        assertMedia(media, "audio/mpeg", ResourceKind.AUDIO, "mp3");
        assertEquals(2, media.durationSeconds());
        assertNull(media.width());
        assertEquals("", media.text());
    }

    @Test
    void wav_isAudio_withDurationMeasuredByJavaSound() throws IOException {
        ProbedMedia media = probe.probe(sample("sample.wav"), "提示音.wav");
        assertMedia(media, "audio/vnd.wave", ResourceKind.AUDIO, "wav");
        assertEquals(1, media.durationSeconds());
    }

    @Test
    void pdf_isADocument_withPagesAndChineseText() throws IOException {
        ProbedMedia media = probe.probe(sample("sample.pdf"), "教案.pdf");
        assertMedia(media, "application/pdf", ResourceKind.DOCUMENT, "pdf");
        assertEquals(2, media.pageCount());
        assertTrue(media.text().contains("焊接技术及自动化"), media.text());
        assertTrue(media.text().contains("焊接工艺评定"), media.text());
        assertNull(media.durationSeconds());
    }

    @Test
    void docx_isDetectedAsOoxmlNotZip_withItsChineseText() throws IOException {
        ProbedMedia media = probe.probe(sample("sample.docx"), "指导书.docx");
        assertMedia(media, "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                ResourceKind.DOCUMENT, "docx");
        assertTrue(media.text().contains("焊接工艺评定"), media.text());
        assertEquals(1, media.pageCount());
    }

    @Test
    void pptx_isADocument_withSlidesCountedAsPages() throws IOException {
        ProbedMedia media = probe.probe(sample("sample.pptx"), "课件.pptx");
        assertMedia(media, "application/vnd.openxmlformats-officedocument.presentationml.presentation",
                ResourceKind.DOCUMENT, "pptx");
        assertEquals(2, media.pageCount());
        assertTrue(media.text().contains("焊接工艺评定"), media.text());
    }

    @Test
    void xlsx_isADocument_withCellText() throws IOException {
        ProbedMedia media = probe.probe(sample("sample.xlsx"), "参数表.xlsx");
        assertMedia(media, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                ResourceKind.DOCUMENT, "xlsx");
        assertTrue(media.text().contains("手工电弧焊"), media.text());
    }

    @Test
    void utf8Text_isADocument() throws IOException {
        ProbedMedia media = probe.probe(sample("sample.txt"), "说明.txt");
        assertMedia(media, "text/plain", ResourceKind.DOCUMENT, "txt");
        assertTrue(media.text().startsWith("焊接技术及自动化"), media.text());
    }

    @Test
    void plainText_namedMd_isMarkdown() throws IOException {
        ProbedMedia media = probe.probe(file("readme", "# 焊接\n\n*工艺*\n".getBytes(StandardCharsets.UTF_8)), "说明.md");
        assertMedia(media, "text/plain", ResourceKind.DOCUMENT, "md");
    }

    @Test
    void gbkText_fromChineseWindows_isText() throws IOException {
        byte[] gbk = "焊接技术及自动化\r\n焊接工艺评定\r\n".getBytes(Charset.forName("GBK"));
        ProbedMedia media = probe.probe(file("gbk", gbk), "记事本.txt");
        assertMedia(media, "text/plain", ResourceKind.DOCUMENT, "txt");
        assertTrue(media.text().contains("焊接工艺评定"), media.text());
    }

    @Test
    void truncatedPdf_isAcceptedWithoutMetadata() throws IOException {
        byte[] pdf = Files.readAllBytes(sample("sample.pdf"));
        ProbedMedia media = probe.probe(file("cut", Arrays.copyOf(pdf, 600)), "残缺.pdf");
        assertMedia(media, "application/pdf", ResourceKind.DOCUMENT, "pdf");
        assertNull(media.pageCount());
    }

    @Test
    void zip_isOther() throws IOException {
        Path zip = dir.resolve("package");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            out.putNextEntry(new ZipEntry("课件/说明.txt"));
            out.write("焊接".getBytes(StandardCharsets.UTF_8));
        }
        assertMedia(probe.probe(zip, "资源包.zip"), "application/zip", ResourceKind.OTHER, "zip");
    }

    /** A 64-byte ELF header of an x86-64 executable; nothing else. */
    private static byte[] elf() {
        byte[] header = new byte[64];
        byte[] ident = {0x7F, 'E', 'L', 'F', 2, 1, 1, 0};
        System.arraycopy(ident, 0, header, 0, ident.length);
        header[16] = 2;
        header[18] = 0x3E;
        header[20] = 1;
        header[52] = 64;
        return header;
    }

    /** An MS-DOS "MZ" header, as every Windows PE file starts. */
    private static byte[] msDosHeader() {
        byte[] header = new byte[128];
        byte[] start = {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, (byte) 0xFF, (byte) 0xFF};
        System.arraycopy(start, 0, header, 0, start.length);
        header[0x3C] = 0x40;
        return header;
    }

    @Test
    void elfBinary_namedMp4_isRefusedAsExecutable() throws IOException {
        MediaRejectedException e = rejected(file("elf", elf()), "焊接视频.mp4");
        assertEquals(MediaRejection.EXECUTABLE, e.getReason());
        assertEquals("application/x-executable", e.getDetectedType());
    }

    @Test
    void windowsProgram_namedMp4_isRefusedAsExecutable() throws IOException {
        MediaRejectedException e = rejected(file("pe", msDosHeader()), "video.mp4");
        assertEquals(MediaRejection.EXECUTABLE, e.getReason());
        assertTrue(e.getDetectedType().startsWith("application/x-msdownload"), e.getDetectedType());
    }

    /** Tika recognises "#!" as application/x-sh, whose supertype is text/plain: it must not pass as text. */
    @Test
    void shellScript_namedTxt_isRefusedAsExecutable() throws IOException {
        byte[] script = "#!/bin/sh\nrm -rf \"$HOME\"\n".getBytes(StandardCharsets.US_ASCII);
        MediaRejectedException e = rejected(file("script", script), "说明.txt");
        assertEquals(MediaRejection.EXECUTABLE, e.getReason());
        assertEquals("application/x-sh", e.getDetectedType());
    }

    @Test
    void javaArchive_namedZip_isRefusedAsExecutable() throws IOException {
        Path jar = dir.resolve("jar");
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().putValue("Manifest-Version", "1.0");
        manifest.getMainAttributes().putValue("Main-Class", "Evil");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar), manifest)) {
            out.putNextEntry(new JarEntry("Evil.class"));
            out.write(new byte[] {(byte) 0xCA, (byte) 0xFE, (byte) 0xBA, (byte) 0xBE, 0, 0, 0, 52});
        }
        assertEquals(MediaRejection.EXECUTABLE, rejected(jar, "资源包.zip").getReason());
    }

    @Test
    void pdf_namedDocx_isAMismatch() throws IOException {
        MediaRejectedException e = rejected(sample("sample.pdf"), "教案.docx");
        assertEquals(MediaRejection.EXTENSION_MISMATCH, e.getReason());
        assertEquals("application/pdf", e.getDetectedType());
    }

    @Test
    void png_namedMp3_isAMismatch() throws IOException {
        assertEquals(MediaRejection.EXTENSION_MISMATCH, rejected(sample("sample.png"), "音频.mp3").getReason());
    }

    @Test
    void docx_namedZip_isAMismatch() throws IOException {
        assertEquals(MediaRejection.EXTENSION_MISMATCH, rejected(sample("sample.docx"), "包.zip").getReason());
    }

    @Test
    void emptyFile_isRefused() throws IOException {
        MediaRejectedException e = rejected(file("empty", new byte[0]), "空.txt");
        assertEquals(MediaRejection.EMPTY, e.getReason());
        assertNull(e.getDetectedType());
    }

    @Test
    void nameWithoutExtension_isRefused() throws IOException {
        assertEquals(MediaRejection.MISSING_EXTENSION, rejected(sample("sample.png"), "焊缝示意图").getReason());
        assertEquals(MediaRejection.MISSING_EXTENSION, rejected(sample("sample.png"), "焊缝示意图.").getReason());
        assertEquals(MediaRejection.MISSING_EXTENSION, rejected(sample("sample.png"), null).getReason());
    }

    @Test
    void svgAndHtml_areNotAllowed_theyCanCarryScript() throws IOException {
        byte[] svg = "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>"
                .getBytes(StandardCharsets.UTF_8);
        byte[] html = "<html><body><script>alert(1)</script></body></html>".getBytes(StandardCharsets.UTF_8);
        assertEquals(MediaRejection.TYPE_NOT_ALLOWED, rejected(file("svg", svg), "图.svg").getReason());
        assertEquals(MediaRejection.TYPE_NOT_ALLOWED, rejected(file("html", html), "页.html").getReason());
    }

    @Test
    void unknownBinary_isNotAllowed() throws IOException {
        byte[] noise = {1, 2, 3, 0, (byte) 0xFE, 0, 7, 9, 0, 0, 42};
        assertEquals(MediaRejection.TYPE_NOT_ALLOWED, rejected(file("noise", noise), "数据.mp4").getReason());
    }

    @Test
    void missingFile_isUnreadable() {
        assertEquals(MediaRejection.UNREADABLE, rejected(dir.resolve("gone"), "gone.pdf").getReason());
    }

    @Test
    void extension_isTakenFromTheLastSegmentOfAWindowsPath() {
        assertEquals(Optional.of("pdf"), MediaProbe.extension("C:\\Users\\张三\\教案.PDF"));
        assertEquals(Optional.of("gz"), MediaProbe.extension("/tmp/a.tar.gz"));
        assertEquals(Optional.empty(), MediaProbe.extension("C:\\folder.d\\readme"));
    }

    /** The samples double as demo data: keep them small. */
    @Test
    void samples_stayUnderTheirSizeBudget() throws IOException {
        long mp4 = Files.size(sample("sample.mp4"));
        assertTrue(mp4 > 4 * 1024 && mp4 < 100 * 1024, "sample.mp4 has " + mp4 + " bytes");
        long total = 0;
        for (String name : new String[] {"png", "jpg", "gif", "mp4", "mp3", "wav", "pdf", "docx", "pptx", "xlsx",
            "txt"}) {
            total += Files.size(sample("sample." + name));
        }
        assertTrue(total < 400 * 1024, "samples have " + total + " bytes");
    }
}
