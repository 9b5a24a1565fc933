package org.ziyuanku.it.resource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.ziyuanku.it.support.ApiClient;
import org.ziyuanku.it.support.TestResources;

/**
 * Background previews with the server's real tools: a DOCX and a PPTX become PDF (LibreOffice), an AVI becomes an
 * H.264 MP4 (ffmpeg); the status moves from PENDING to READY and the preview is served; an image gets a thumbnail at
 * once and needs no preview.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ResourcePreviewIT {

    private static final String SUFFIX = Long.toString(System.currentTimeMillis() % 100_000);
    private static final String UPLOADER = "preview-" + SUFFIX;
    private static final long WAIT_MILLIS = 180_000;
    private static long library;

    @BeforeAll
    static void libraryAndUploader() throws Exception {
        library = TestResources.contributor(UPLOADER);
    }

    @AfterAll
    static void deleteWhatWasCreated() throws Exception {
        TestResources.forget(UPLOADER);
    }

    @Test
    void officeDocuments_arePreviewedAsPdf() throws Exception {
        for (String sample : new String[] {"sample.docx", "sample.pptx"}) {
            String id = upload(sample);
            HttpResponse<byte[]> pdf = readyPreview(id);

            assertEquals("application/pdf", pdf.headers().firstValue("Content-Type").orElse(""));
            assertEquals("%PDF", new String(Arrays.copyOf(pdf.body(), 4), StandardCharsets.US_ASCII), sample);
        }
    }

    @Test
    void aviVideo_isTranscodedToMp4() throws Exception {
        HttpResponse<byte[]> mp4 = readyPreview(upload("sample.avi"));

        assertEquals("video/mp4", mp4.headers().firstValue("Content-Type").orElse(""));
        assertEquals("ftyp", new String(Arrays.copyOfRange(mp4.body(), 4, 8), StandardCharsets.US_ASCII));
    }

    @Test
    void mp4AndImages_needNoPreview() {
        HttpResponse<String> created = ApiClient.as(UPLOADER).upload("/api/v1/libraries/" + library + "/resources",
                "clip.mp4", TestResources.sample("sample.mp4"), ApiClient.fields());

        assertEquals("NONE", ApiClient.json(created.body(), "previewStatus"), created.body());
    }

    private static String upload(String sample) {
        HttpResponse<String> created = ApiClient.as(UPLOADER).upload("/api/v1/libraries/" + library + "/resources",
                SUFFIX + "-" + sample, TestResources.sample(sample), ApiClient.fields());
        assertEquals(201, created.statusCode(), created.body());
        assertEquals("PENDING", ApiClient.json(created.body(), "previewStatus"), created.body());
        return ApiClient.json(created.body(), "id");
    }

    private static HttpResponse<byte[]> readyPreview(String id) throws InterruptedException {
        long deadline = System.currentTimeMillis() + WAIT_MILLIS;
        String status = null;
        while (System.currentTimeMillis() < deadline) {
            status = ApiClient.json(ApiClient.as(UPLOADER).get("/api/v1/resources/" + id).body(), "previewStatus");
            if (!"PENDING".equals(status) && !"CONVERTING".equals(status)) {
                break;
            }
            Thread.sleep(2000);
        }
        assertEquals("READY", status, "preview of resource " + id);
        HttpResponse<byte[]> preview = ApiClient.as(UPLOADER).getBytes("/api/v1/resources/" + id + "/preview");
        assertEquals(200, preview.statusCode());
        assertTrue(preview.body().length > 100);
        return preview;
    }
}
