package org.ziyuanku.it.resource;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.ziyuanku.it.support.ApiClient;
import org.ziyuanku.it.support.TestDatabase;
import org.ziyuanku.it.support.TestResources;

/**
 * Uploading real files through {@code POST /api/v1/libraries/{id}/resources}: the kind, format and measures are
 * recognised from content, course and major are inherited, the library's naming rule names the resource; renamed
 * executables, mismatched types and files over their kind's limit are refused in the caller's language with nothing
 * stored; the same content is stored once.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ResourceUploadEndpointIT {

    private static final String SUFFIX = Long.toString(System.currentTimeMillis() % 100_000);
    private static final String UPLOADER = "uploader-" + SUFFIX;
    private static final String OUTSIDER = "outsider-" + SUFFIX;
    private static final Path BLOBS = Path.of("target", "arq-blobs");
    private static long library;

    @BeforeAll
    static void libraryAndPeople() throws Exception {
        library = TestResources.contributor(UPLOADER);
        TestResources.outsider(OUTSIDER);
        TestDatabase.update("update resource_library set naming_rule = '{major}-{courseName}-{kind}-{title}'"
                + " where id = ?", library);
    }

    @AfterAll
    static void deleteWhatWasCreated() throws Exception {
        TestDatabase.update("update resource_library set naming_rule = null where id = ?", library);
        TestResources.forget(UPLOADER, OUTSIDER);
    }

    private static HttpResponse<String> upload(String user, String filename, byte[] content) {
        return ApiClient.as(user).upload("/api/v1/libraries/" + library + "/resources", filename, content,
                ApiClient.fields("courseName", "焊接工艺", "moduleName", "平焊", "keywords", "焊接 示范"));
    }

    @ParameterizedTest
    @CsvSource({"sample.png, IMAGE, png", "sample.jpg, IMAGE, jpg", "sample.gif, ANIMATION, gif",
        "sample.mp4, VIDEO, mp4", "sample.mp3, AUDIO, mp3", "sample.wav, AUDIO, wav", "sample.pdf, DOCUMENT, pdf",
        "sample.docx, DOCUMENT, docx", "sample.pptx, DOCUMENT, pptx"})
    void upload_realFileOfEachKind_isRecognisedFromContent(String sample, String kind, String format) {
        byte[] content = TestResources.sample(sample);
        HttpResponse<String> created = upload(UPLOADER, "焊接-" + sample, content);

        assertEquals(201, created.statusCode(), created.body());
        assertEquals(kind, ApiClient.json(created.body(), "kind"));
        assertEquals(format, ApiClient.json(created.body(), "format"));
        assertEquals("DRAFT", ApiClient.json(created.body(), "status"));
        assertEquals(TestResources.sha256(content), ApiClient.json(created.body(), "sha256"));
        assertEquals("焊接工艺", ApiClient.json(created.body(), "courseName"), "inherited from the target");
        String standardName = ApiClient.json(created.body(), "standardName");
        assertTrue(standardName.matches("(.*-)?焊接工艺-[A-Z]{2}-焊接-sample"), "named by the library's rule: " + standardName);
    }

    @Test
    void upload_measuresAreRecognised() {
        String png = upload(UPLOADER, "measure.png", TestResources.sample("sample.png")).body();
        String pdf = upload(UPLOADER, "measure.pdf", TestResources.sample("sample.pdf")).body();
        String mp4 = upload(UPLOADER, "measure.mp4", TestResources.sample("sample.mp4")).body();

        assertTrue(Integer.parseInt(ApiClient.json(png, "width")) > 0, png);
        HttpResponse<byte[]> thumbnail = ApiClient.as(UPLOADER).getBytes(ApiClient.json(png, "thumbnailUrl"));
        assertEquals(200, thumbnail.statusCode());
        assertEquals("image/png", thumbnail.headers().firstValue("Content-Type").orElse(""));
        assertNull(ApiClient.json(pdf, "thumbnailUrl"), "only images and animations have thumbnails");
        assertEquals("2", ApiClient.json(pdf, "pageCount"), pdf);
        assertTrue(Integer.parseInt(ApiClient.json(mp4, "durationSeconds")) >= 2, mp4);
    }

    @ParameterizedTest
    @CsvSource({"elf, lesson.mp4, 415, 可执行", "pe, setup.mp4, 415, 可执行", "pdf, report.docx, 415, 不符",
        "png, song.mp3, 415, 不符", "big-wav, long.wav, 413, 大小上限"})
    void upload_refusedContent_isExplainedAndNothingIsStored(String what, String filename, int status, String words)
            throws Exception {
        byte[] content = switch (what) {
            case "elf" -> elf();
            case "pe" -> pe();
            case "pdf" -> TestResources.sample("sample.pdf");
            case "png" -> TestResources.sample("sample.png");
            default -> wav(1_500_000);
        };
        long before = TestResources.uploadsOf(UPLOADER);
        HttpResponse<String> refused = upload(UPLOADER, filename, content);

        assertEquals(status, refused.statusCode(), refused.body());
        assertTrue(ApiClient.json(refused.body(), "message").contains(words), refused.body());
        assertEquals(before, TestResources.uploadsOf(UPLOADER));
        if (!"pdf".equals(what) && !"png".equals(what)) {
            String sha = TestResources.sha256(content);
            assertEquals(0, TestDatabase.queryLong("select count(*) from stored_blob where sha256 = ?", sha));
            assertFalse(Files.exists(BLOBS.resolve(sha.substring(0, 2)).resolve(sha.substring(2, 4)).resolve(sha)));
        }
    }

    @Test
    void upload_refusal_speaksEnglishWhenAsked() {
        HttpResponse<String> refused = ApiClient.as(UPLOADER).inLanguage("en").upload("/api/v1/libraries/" + library
                + "/resources", "setup.mp4", elf(), Map.of());

        assertEquals(415, refused.statusCode());
        assertTrue(ApiClient.json(refused.body(), "message").contains("program or script"), refused.body());
    }

    @Test
    void upload_intoALibraryTheCallerDoesNotContributeTo_isForbidden() throws Exception {
        long before = TestResources.uploadsOf(OUTSIDER);
        HttpResponse<String> refused = upload(OUTSIDER, "outsider.png", TestResources.sample("sample.png"));

        assertEquals(403, refused.statusCode(), refused.body());
        assertEquals(before, TestResources.uploadsOf(OUTSIDER));
    }

    @Test
    void upload_sameContentTwice_isStoredOnce() throws Exception {
        byte[] content = (SUFFIX + " 焊接术语：熔池、焊缝、热影响区").getBytes(StandardCharsets.UTF_8);
        String first = upload(UPLOADER, "terms-1.txt", content).body();
        String second = upload(UPLOADER, "terms-2.txt", content).body();

        assertFalse(ApiClient.json(first, "id").equals(ApiClient.json(second, "id")));
        String sha = TestResources.sha256(content);
        assertEquals(1, TestDatabase.queryLong("select count(*) from stored_blob where sha256 = ?", sha));
        assertEquals(2, TestDatabase.queryLong("select count(*) from teaching_resource where blob_sha256 = ?", sha));
        assertArrayEquals(content, Files.readAllBytes(BLOBS.resolve(sha.substring(0, 2)).resolve(sha.substring(2, 4))
                .resolve(sha)));
    }

    @Test
    void editText_online_replacesTheContentAndItsIndex() throws Exception {
        byte[] original = (SUFFIX + " 旧的焊接说明").getBytes(StandardCharsets.UTF_8);
        String id = ApiClient.json(upload(UPLOADER, "note.txt", original).body(), "id");
        ApiClient uploader = ApiClient.as(UPLOADER);

        assertEquals(SUFFIX + " 旧的焊接说明", uploader.get("/api/v1/resources/" + id + "/text").body());
        HttpResponse<String> saved = uploader.putText("/api/v1/resources/" + id + "/text", "氩弧焊要点 " + SUFFIX);
        assertEquals(200, saved.statusCode(), saved.body());
        assertEquals("氩弧焊要点 " + SUFFIX, new String(uploader.getBytes("/api/v1/resources/" + id + "/content").body(),
                StandardCharsets.UTF_8));
        assertEquals(1, TestDatabase.queryLong("select count(*) from teaching_resource where id = ?"
                + " and search_terms like '%氩弧%'", Long.parseLong(id)));
        assertEquals(0, TestDatabase.queryLong("select count(*) from stored_blob where sha256 = ?",
                TestResources.sha256(original)), "the old content is no longer kept");
        assertEquals(404, ApiClient.as(OUTSIDER).putText("/api/v1/resources/" + id + "/text", "x").statusCode());
        HttpResponse<String> png = upload(UPLOADER, "edit.png", TestResources.sample("sample.png"));
        assertEquals(400, uploader.putText("/api/v1/resources/" + ApiClient.json(png.body(), "id") + "/text", "x")
                .statusCode());
    }

    @Test
    void upload_zipWithIndexPage_isAVirtualSimulationPlayedInASandbox() throws Exception {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("index.html", "<!DOCTYPE html><title>仿真</title><script src=\"app.js\"></script>".getBytes(
                StandardCharsets.UTF_8));
        files.put("app.js", "document.title = '焊接仿真';".getBytes(StandardCharsets.UTF_8));
        String simulation = upload(UPLOADER, "仿真.zip", ResourceBulkUploadIT.zip(files)).body();
        String other = upload(UPLOADER, "资料.zip", ResourceBulkUploadIT.zip(Map.of("a.txt", new byte[] {'a'}))).body();
        files.put("../escape.html", new byte[] {'x'});
        HttpResponse<String> unsafe = upload(UPLOADER, "坏包.zip", ResourceBulkUploadIT.zip(files));

        assertEquals("SIMULATION", ApiClient.json(simulation, "kind"), simulation);
        assertEquals("OTHER", ApiClient.json(other, "kind"), other);
        assertEquals(400, unsafe.statusCode(), unsafe.body());
        String base = "/api/v1/resources/" + ApiClient.json(simulation, "id") + "/package/";
        HttpResponse<byte[]> page = ApiClient.as(UPLOADER).getBytes(base + "index.html");
        assertEquals(200, page.statusCode());
        assertTrue(page.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        assertTrue(page.headers().firstValue("Content-Security-Policy").orElse("").startsWith("sandbox allow-scripts"));
        assertEquals(200, ApiClient.as(UPLOADER).getBytes(base + "app.js").statusCode());
        assertEquals(404, ApiClient.as(UPLOADER).getBytes(base + "missing.js").statusCode());
        assertEquals(404, ApiClient.anonymous().getBytes(base + "index.html").statusCode(), "a draft stays hidden");
    }

    @ParameterizedTest
    @CsvSource({"elf, helper.bin", "sh, run.sh"})
    void upload_zipHoldingAProgram_isRefusedLikeTheBatch_andNothingIsStored(String what, String entry)
            throws Exception {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("说明.txt", (SUFFIX + " 焊接").getBytes(StandardCharsets.UTF_8));
        files.put(entry, "elf".equals(what) ? elf() : ("#!/bin/sh\nrm -rf \"$HOME\" " + SUFFIX + "\n")
                .getBytes(StandardCharsets.US_ASCII));
        byte[] zip = ResourceBulkUploadIT.zip(files);
        long before = TestResources.uploadsOf(UPLOADER);

        HttpResponse<String> refused = upload(UPLOADER, "资料包.zip", zip);
        HttpResponse<String> batch = ApiClient.as(UPLOADER).upload("/api/v1/libraries/" + library
                + "/resources/batches", "批量.zip", zip, Map.of());

        assertEquals(415, refused.statusCode(), refused.body());
        String message = ApiClient.json(refused.body(), "message");
        assertTrue(message.contains(entry) && message.contains("可执行"), refused.body());
        assertTrue(batch.body().contains("\"message\":\"" + message + "\""), "the batch path says the same: "
                + batch.body() + " / " + message);
        assertEquals(before + 1, TestResources.uploadsOf(UPLOADER), "only the batch's text file was stored");
        String sha = TestResources.sha256(zip);
        assertEquals(0, TestDatabase.queryLong("select count(*) from stored_blob where sha256 = ?", sha));
        assertFalse(Files.exists(BLOBS.resolve(sha.substring(0, 2)).resolve(sha.substring(2, 4)).resolve(sha)));
    }

    @Test
    void upload_pdfWithJavaScript_isRefused_anOrdinaryPdfIsStillShownInline() throws Exception {
        byte[] active = pdfWithJavaScript("app.alert('" + SUFFIX + "')");
        long before = TestResources.uploadsOf(UPLOADER);

        HttpResponse<String> refused = upload(UPLOADER, "教案.pdf", active);
        HttpResponse<String> english = ApiClient.as(UPLOADER).inLanguage("en").upload("/api/v1/libraries/" + library
                + "/resources", "plan.pdf", active, Map.of());
        HttpResponse<String> ordinary = upload(UPLOADER, "规程.pdf", TestResources.sample("sample.pdf"));

        assertEquals(415, refused.statusCode(), refused.body());
        assertTrue(ApiClient.json(refused.body(), "message").contains("活动内容"), refused.body());
        assertTrue(ApiClient.json(english.body(), "message").contains("active content"), english.body());
        assertEquals(0, TestDatabase.queryLong("select count(*) from stored_blob where sha256 = ?",
                TestResources.sha256(active)));
        assertEquals(201, ordinary.statusCode(), ordinary.body());
        assertEquals(before + 1, TestResources.uploadsOf(UPLOADER));
        HttpResponse<byte[]> shown = ApiClient.as(UPLOADER).getBytes(ApiClient.json(ordinary.body(), "contentUrl"));
        assertEquals(200, shown.statusCode());
        assertEquals("application/pdf", shown.headers().firstValue("Content-Type").orElse(""));
        assertTrue(shown.headers().firstValue("Content-Disposition").orElse("").startsWith("inline"));
        assertFalse(shown.headers().firstValue("Content-Security-Policy").orElse("").contains("sandbox"),
                "Chromium's PDF viewer does not open in a sandbox");
    }

    /** A one-page PDF whose catalogue runs JavaScript when it opens, with a correct cross-reference table. */
    static byte[] pdfWithJavaScript(String script) {
        String[] objects = {"<< /Type /Catalog /Pages 2 0 R /OpenAction 4 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >>",
            "<< /Type /Action /S /JavaScript /JS (" + script + ") >>"};
        StringBuilder pdf = new StringBuilder("%PDF-1.7\n");
        int[] offsets = new int[objects.length];
        for (int i = 0; i < objects.length; i++) {
            offsets[i] = pdf.length();
            pdf.append(i + 1).append(" 0 obj\n").append(objects[i]).append("\nendobj\n");
        }
        int xref = pdf.length();
        pdf.append("xref\n0 ").append(objects.length + 1).append("\n0000000000 65535 f \n");
        for (int offset : offsets) {
            pdf.append(String.format("%010d 00000 n \n", offset));
        }
        pdf.append("trailer\n<< /Size ").append(objects.length + 1).append(" /Root 1 0 R >>\nstartxref\n")
                .append(xref).append("\n%%EOF\n");
        return pdf.toString().getBytes(StandardCharsets.US_ASCII);
    }

    @Test
    void upload_withoutAnAccount_isNotAccepted() throws Exception {
        HttpResponse<String> refused = ApiClient.anonymous().upload("/api/v1/libraries/" + library + "/resources",
                "anonymous.png", TestResources.sample("sample.png"), Map.of());

        assertTrue(refused.statusCode() == 401 || refused.statusCode() == 302 || refused.statusCode() == 403,
                "status " + refused.statusCode());
        assertNull(ApiClient.json(refused.body(), "sha256"));
    }

    /** A 64-byte ELF header (x86-64 executable); nothing else is needed to be recognised as one. */
    static byte[] elf() {
        byte[] elf = new byte[4096];
        byte[] header = {0x7f, 'E', 'L', 'F', 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2, 0, 0x3e, 0, 1, 0, 0, 0};
        System.arraycopy(header, 0, elf, 0, header.length);
        Arrays.fill(elf, 64, elf.length, (byte) 0x90);
        return elf;
    }

    /** An MS-DOS/PE stub: "MZ", the PE offset at 0x3c, then "PE\0\0". */
    static byte[] pe() {
        byte[] pe = new byte[2048];
        pe[0] = 'M';
        pe[1] = 'Z';
        pe[0x3c] = (byte) 0x80;
        pe[0x80] = 'P';
        pe[0x81] = 'E';
        return pe;
    }

    /** A mono 8 kHz 16-bit PCM WAV of {@code bytes} bytes of silence. */
    static byte[] wav(int bytes) {
        ByteBuffer b = ByteBuffer.allocate(44 + bytes).order(ByteOrder.LITTLE_ENDIAN);
        b.put(ascii("RIFF")).putInt(36 + bytes).put(ascii("WAVE"))
                .put(ascii("fmt ")).putInt(16).putShort((short) 1).putShort((short) 1)
                .putInt(8000).putInt(16000).putShort((short) 2).putShort((short) 16)
                .put(ascii("data")).putInt(bytes);
        return b.array();
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }
}
