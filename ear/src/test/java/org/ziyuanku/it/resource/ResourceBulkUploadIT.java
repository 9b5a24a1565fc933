package org.ziyuanku.it.resource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.ziyuanku.it.support.ApiClient;
import org.ziyuanku.it.support.TestDatabase;
import org.ziyuanku.it.support.TestKeycloak;
import org.ziyuanku.it.support.TestResources;

/**
 * Bulk upload of a zip of folders with a metadata sheet: attributes are recognised and inherited from the target and
 * the folders, the sheet overrides them, each file is accepted or refused on its own with the reason; a zip bomb and a
 * zip with {@code ../} entries are refused as a whole with nothing stored; someone who does not contribute to the
 * library is refused before the archive is read, with nothing staged or stored and one DENIED audit record.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ResourceBulkUploadIT {

    private static final String SUFFIX = Long.toString(System.currentTimeMillis() % 100_000);
    private static final String UPLOADER = "bulk-" + SUFFIX;
    private static final String LEARNER = "bulk-learner-" + SUFFIX;
    private static final String OUTSIDER = "bulk-outsider-" + SUFFIX;
    private static final Path BLOBS = Path.of("target", "arq-blobs");
    private static long library;

    @BeforeAll
    static void libraryAndUploader() throws Exception {
        library = TestResources.contributor(UPLOADER);
        TestKeycloak.createUser(LEARNER, "learner");
        TestResources.outsider(OUTSIDER);
    }

    @AfterAll
    static void deleteWhatWasCreated() throws Exception {
        TestResources.forget(UPLOADER, LEARNER, OUTSIDER);
    }

    private static HttpResponse<String> uploadZip(byte[] zip, Map<String, String> fields) {
        return ApiClient.as(UPLOADER).upload("/api/v1/libraries/" + library + "/resources/batches", "batch.zip", zip,
                fields);
    }

    @Test
    void zipWithFoldersAndSheet_inheritsAttributesAndReportsEachFile() throws Exception {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("平焊/对接/焊缝.png", TestResources.sample("sample.png"));
        files.put("平焊/示范.mp4", TestResources.sample("sample.mp4"));
        files.put("安全/规程.pdf", TestResources.sample("sample.pdf"));
        files.put("安全/setup.mp4", ResourceUploadEndpointIT.elf());
        files.put("资源清单.xlsx", sheet("平焊/示范.mp4", "平焊示范（清单标题）" + SUFFIX));
        HttpResponse<String> report = uploadZip(zip(files), ApiClient.fields("courseName", "焊接工艺"));

        assertEquals(200, report.statusCode(), report.body());
        assertEquals("3", ApiClient.json(report.body(), "accepted"), report.body());
        assertEquals("1", ApiClient.json(report.body(), "rejected"), report.body());
        assertEquals("true", ApiClient.json(report.body(), "metadataSheetUsed"), report.body());
        assertTrue(report.body().contains("可执行"), report.body());
        assertEquals(1, TestDatabase.queryLong("select count(*) from teaching_resource where course_name = '焊接工艺'"
                + " and module_name = '平焊' and knowledge_points = '对接' and kind = 'IMAGE' and uploaded_by_id ="
                + " (select id from user_account where username = ?)", UPLOADER));
        assertEquals(1, TestDatabase.queryLong("select count(*) from teaching_resource where title = ?"
                + " and kind = 'VIDEO' and module_name = '平焊'", "平焊示范（清单标题）" + SUFFIX));
        assertEquals(3, TestResources.uploadsOf(UPLOADER));
    }

    @Test
    void zipBomb_isRefusedWholeAndNothingIsStored() throws Exception {
        long before = TestResources.uploadsOf(UPLOADER);
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("ok.png", TestResources.sample("sample.png"));
        files.put("zeros.txt", new byte[64 * 1024 * 1024]);
        HttpResponse<String> refused = uploadZip(zip(files), Map.of());

        assertEquals(413, refused.statusCode(), refused.body());
        assertTrue(ApiClient.json(refused.body(), "message").contains("压缩炸弹"), refused.body());
        assertEquals(before, TestResources.uploadsOf(UPLOADER));
    }

    @Test
    void zipWithParentFolderEntries_isRefusedWholeAndNothingIsStored() throws Exception {
        long before = TestResources.uploadsOf(UPLOADER);
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("ok.png", TestResources.sample("sample.png"));
        files.put("../evil.txt", "escape".getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> refused = uploadZip(zip(files), Map.of());

        assertEquals(400, refused.statusCode(), refused.body());
        assertTrue(ApiClient.json(refused.body(), "message").contains("../evil.txt"), refused.body());
        assertEquals(before, TestResources.uploadsOf(UPLOADER));
    }

    @Test
    void batchOfSomeoneWhoDoesNotContribute_isRefusedBeforeReading_nothingStaged_oneDeniedRecord() throws Exception {
        for (String caller : List.of(LEARNER, OUTSIDER)) {
            byte[] text = ("不该入库的文本 " + caller).getBytes(StandardCharsets.UTF_8);
            String sha = TestResources.sha256(text);
            long staged = staging();
            HttpResponse<String> refused = ApiClient.as(caller).upload("/api/v1/libraries/" + library
                    + "/resources/batches", "batch.zip", zip(Map.of("说明/readme.txt", text)), Map.of());

            assertEquals(403, refused.statusCode(), caller + ": " + refused.body());
            assertEquals(0, TestResources.uploadsOf(caller), caller);
            assertEquals(0, TestDatabase.queryLong("select count(*) from stored_blob where sha256 = ?", sha), caller);
            assertFalse(Files.exists(BLOBS.resolve(sha.substring(0, 2)).resolve(sha.substring(2, 4)).resolve(sha)));
            assertEquals(staged, staging(), "nothing left in staging");
            assertEquals(1, TestDatabase.queryLong("select count(*) from audit_record where actor = ?"
                    + " and outcome = 'DENIED'", caller), caller);
            assertEquals(1, TestDatabase.queryLong("select count(*) from audit_record where actor = ?"
                    + " and action = 'RESOURCE_BULK_UPLOAD' and outcome = 'DENIED' and target = ?", caller,
                    "library:" + library), caller);
        }
    }

    private static long staging() throws IOException {
        Path staging = BLOBS.resolve("staging");
        if (!Files.isDirectory(staging)) {
            return 0;
        }
        try (Stream<Path> files = Files.list(staging)) {
            return files.count();
        }
    }

    static byte[] zip(Map<String, byte[]> files) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> file : files.entrySet()) {
                zip.putNextEntry(new ZipEntry(file.getKey()));
                zip.write(file.getValue());
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    private static byte[] sheet(String file, String title) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("资源清单");
            Row header = sheet.createRow(0);
            header.createCell(0).setCellValue("文件名");
            header.createCell(1).setCellValue("标题");
            header.createCell(2).setCellValue("来源");
            Row row = sheet.createRow(1);
            row.createCell(0).setCellValue(file);
            row.createCell(1).setCellValue(title);
            row.createCell(2).setCellValue("企业案例");
            workbook.write(out);
            return out.toByteArray();
        }
    }
}
