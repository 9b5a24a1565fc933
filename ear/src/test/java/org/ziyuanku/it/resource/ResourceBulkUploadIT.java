package org.ziyuanku.it.resource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.ziyuanku.it.Deployments;
import org.ziyuanku.it.support.ApiClient;
import org.ziyuanku.it.support.TestDatabase;
import org.ziyuanku.it.support.TestResources;

/**
 * Bulk upload of a zip of folders with a metadata sheet: attributes are recognised and inherited from the target and
 * the folders, the sheet overrides them, each file is accepted or refused on its own with the reason; a zip bomb and a
 * zip with {@code ../} entries are refused as a whole with nothing stored.
 */
@ExtendWith(ArquillianExtension.class)
class ResourceBulkUploadIT {

    private static final String SUFFIX = Long.toString(System.currentTimeMillis() % 100_000);
    private static final String UPLOADER = "bulk-" + SUFFIX;
    private static long library;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @BeforeAll
    static void libraryAndUploader() throws Exception {
        library = TestResources.contributor(UPLOADER);
    }

    @AfterAll
    static void deleteWhatWasCreated() throws Exception {
        TestResources.forget(UPLOADER);
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
