package org.ziyuanku.it.exam;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.ziyuanku.it.support.ApiClient;
import org.ziyuanku.it.support.CrossSiteApi;
import org.ziyuanku.it.support.ReviewPeople;
import org.ziyuanku.it.support.TestDatabase;

/**
 * Importing questions into a library's bank through the REST API (issue 15 item 2): a good file of every format is
 * read question by question into the bank; a file with a bad question reports it by position and reason and, all or
 * nothing, stores none; the same questions again are flagged as duplicates and not stored; an export read back gives
 * the same questions (every one a duplicate of its original); a file with an external entity, an oversized file, a
 * file of an unknown format, a teacher of another school and a cross-site post with the author's session store
 * nothing.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class QuestionImportIT {

    private static final String SUFFIX = Long.toString(System.currentTimeMillis() % 100_000);
    private static final byte[] ZIP_MAGIC = {'P', 'K', 3, 4};
    private static ReviewPeople people;
    private static String imports;

    @BeforeAll
    static void people() throws Exception {
        people = ReviewPeople.create("qi" + SUFFIX);
        imports = "/api/v1/libraries/" + people.library + "/questions/imports";
    }

    @AfterAll
    static void forget() throws Exception {
        TestDatabase.update(QuestionRows.DELETE_BY_AUTHOR, people.author);
        people.forget();
    }

    @Test
    void aGoodFileOfEveryFormat_isStoredQuestionByQuestion() throws Exception {
        ApiClient author = ApiClient.as(people.author);
        List<Path> files = goodFiles();
        assertTrue(files.size() >= 5, "a good file of every format: " + files);
        for (Path file : files) {
            long before = stored();
            HttpResponse<String> imported = author.upload(imports, file.getFileName().toString(),
                    Files.readAllBytes(file), ApiClient.fields("allOrNothing", "false"));
            assertEquals(200, imported.statusCode(), file + ": " + imported.body());
            assertEquals("0", ApiClient.json(imported.body(), "rejected"), file + ": " + imported.body());
            long accepted = Long.parseLong(ApiClient.json(imported.body(), "stored"));
            long duplicates = Long.parseLong(ApiClient.json(imported.body(), "duplicates"));
            assertTrue(accepted + duplicates > 0, file + ": " + imported.body());
            assertEquals(before + accepted, stored(), file + ": the report's count is what the bank holds");
        }
    }

    @Test
    void aBadQuestion_isReportedByPosition_andAllOrNothingStoresNone() throws Exception {
        ApiClient author = ApiClient.as(people.author);
        String gift = "::焊接一" + SUFFIX + ":: 焊条电弧焊常用的电源种类是 " + SUFFIX + " { =直流或交流 ~只能交流 ~只能直流 }\n\n"
                + "::焊接二" + SUFFIX + ":: 这道题的答案没有结束 " + SUFFIX + " { =对 ~错\n";
        long before = stored();
        HttpResponse<String> atomic = author.upload(imports, "bad.gift", gift.getBytes(StandardCharsets.UTF_8),
                ApiClient.fields("allOrNothing", "true"));
        assertEquals(422, atomic.statusCode(), atomic.body());
        assertEquals("false", ApiClient.json(atomic.body(), "committed"));
        assertEquals("1", ApiClient.json(atomic.body(), "rejected"), atomic.body());
        assertTrue(atomic.body().contains("\"position\":2"), atomic.body());
        assertEquals(before, stored(), "all or nothing: nothing stored");

        HttpResponse<String> partly = author.upload(imports, "bad.gift", gift.getBytes(StandardCharsets.UTF_8),
                ApiClient.fields("allOrNothing", "false"));
        assertEquals(200, partly.statusCode(), partly.body());
        assertEquals("1", ApiClient.json(partly.body(), "stored"), partly.body());
        assertEquals(before + 1, stored());

        HttpResponse<String> again = author.inLanguage("en").upload(imports, "again.gift",
                gift.getBytes(StandardCharsets.UTF_8), Map.of());
        assertEquals(200, again.statusCode(), "question by question unless asked: " + again.body());
        assertEquals("0", ApiClient.json(again.body(), "stored"), again.body());
        assertTrue(again.body().contains("\"outcome\":\"DUPLICATE\""), again.body());
        assertTrue(again.body().contains("not imported"), "the reason in the caller's language: " + again.body());
        assertEquals(before + 1, stored(), "a duplicate is not stored twice");
    }

    @Test
    void anExport_readBack_givesTheSameQuestions() throws Exception {
        ApiClient author = ApiClient.as(people.author);
        String gift = Stream.of("单选", "多选", "判断").map(t -> "::" + t + SUFFIX + ":: 导出往返" + t + SUFFIX
                + (t.equals("判断") ? " {T}" : t.equals("单选") ? " {=甲 ~乙 ~丙}" : " {~%50%甲 ~%50%乙 ~%-100%丙}"))
                .reduce((a, b) -> a + "\n\n" + b).orElseThrow();
        HttpResponse<String> created = author.upload(imports, "export.gift", gift.getBytes(StandardCharsets.UTF_8),
                ApiClient.fields("allOrNothing", "false"));
        assertEquals(200, created.statusCode(), created.body());
        List<String> ids = Pattern.compile("\"questionId\":(\\d+)").matcher(created.body()).results()
                .map(m -> m.group(1)).toList();
        assertEquals(3, ids.size(), created.body());
        for (String format : new String[] {"MOODLE_XML", "QTI", "EXCEL"}) {
            HttpResponse<byte[]> exported = author.getBytes("/api/v1/libraries/" + people.library
                    + "/questions/export?format=" + format);
            assertEquals(200, exported.statusCode(), format);
            String name = format.equals("QTI") ? "back.zip" : format.equals("EXCEL") ? "back.xlsx" : "back.xml";
            HttpResponse<String> back = author.upload(imports, name, exported.body(),
                    ApiClient.fields("allOrNothing", "false", "format", format));
            assertEquals(200, back.statusCode(), format + ": " + back.body());
            for (String id : ids) {
                assertTrue(back.body().contains("\"duplicateOf\":" + id + ","), format + ": question " + id
                        + " comes back the same, so it is a duplicate of its original: " + back.body());
            }
        }
    }

    @Test
    void theTemplate_isAnExcelFile() {
        HttpResponse<byte[]> template = ApiClient.as(people.author).getBytes("/api/v1/questions/template");
        assertEquals(200, template.statusCode());
        assertArrayEquals(ZIP_MAGIC, Arrays.copyOf(template.body(), 4), "an .xlsx is a zip");
        assertTrue(template.headers().firstValue("Content-Disposition").orElse("").contains(".xlsx"));
    }

    @Test
    void unsafeOversizedAndUnknownFiles_storeNothing() throws Exception {
        ApiClient author = ApiClient.as(people.author);
        long before = stored();
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE quiz [<!ENTITY x SYSTEM \"file:///etc/hostname\">]>"
                + "<quiz><question type=\"truefalse\"><name><text>&x;</text></name><questiontext format=\"html\">"
                + "<text>&x;</text></questiontext><answer fraction=\"100\"><text>true</text></answer>"
                + "<answer fraction=\"0\"><text>false</text></answer></question></quiz>";
        HttpResponse<String> unsafe = author.upload(imports, "xxe.xml", xxe.getBytes(StandardCharsets.UTF_8),
                Map.of());
        assertEquals(400, unsafe.statusCode(), unsafe.body());
        assertFalse(unsafe.body().contains(Files.readString(Path.of("/etc/hostname")).strip()), unsafe.body());

        HttpResponse<String> unknown = author.upload(imports, "questions.pdf", "%PDF-1.4".getBytes(
                StandardCharsets.US_ASCII), Map.of());
        assertEquals(415, unknown.statusCode(), unknown.body());
        assertTrue(unknown.body().contains("不支持此文件的格式"), unknown.body());

        byte[] huge = new byte[21 * 1024 * 1024];
        Arrays.fill(huge, (byte) 'a');
        HttpResponse<String> oversized = author.upload(imports, "huge.gift", huge, Map.of());
        assertEquals(413, oversized.statusCode(), oversized.body());

        HttpResponse<String> badFlag = author.upload(imports, "a.gift", "::a:: b {T}".getBytes(StandardCharsets.UTF_8),
                ApiClient.fields("allOrNothing", "maybe"));
        assertEquals(400, badFlag.statusCode(), badFlag.body());
        assertEquals(before, stored());
    }

    @Test
    void anotherSchoolsTeacher_aReviewerOfTheSameSchool_andACrossSitePost_storeNothing() throws Exception {
        long before = stored();
        byte[] gift = ("::外校" + SUFFIX + ":: 外校教师导入 " + SUFFIX + " {T}").getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> outsider = ApiClient.as(people.outsider).upload(imports, "o.gift", gift, Map.of());
        assertEquals(403, outsider.statusCode(), outsider.body());
        assertEquals(1, TestDatabase.queryLong("select count(*) from audit_record where action = 'QUESTION_IMPORT'"
                + " and outcome = 'DENIED' and actor = ?", people.outsider), "the refusal is audited");
        assertEquals(403, ApiClient.as(people.outsider).getBytes("/api/v1/libraries/" + people.library
                + "/questions/export?format=MOODLE_XML").statusCode(), "nor may they export the bank");

        HttpResponse<String> colleague = ApiClient.as(people.reviewer).upload(imports, "r.gift", gift, Map.of());
        assertEquals(403, colleague.statusCode(), "a reviewer of the same school contributes no questions: "
                + colleague.body());
        assertEquals(1, TestDatabase.queryLong("select count(*) from audit_record where action = 'QUESTION_IMPORT'"
                + " and outcome = 'DENIED' and actor = ?", people.reviewer), "the refusal is audited");

        CrossSiteApi victim = CrossSiteApi.victim(people.author);
        victim.assertLive();
        CrossSiteApi.assertRefused(victim.send("POST", imports, null));
        assertEquals(before, stored());
    }

    private static long stored() throws SQLException {
        return TestDatabase.queryLong(QuestionRows.COUNT_BY_AUTHOR, people.author);
    }

    private static List<Path> goodFiles() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("src/test/resources/exam"))) {
            return files.filter(f -> f.getFileName().toString().startsWith("welding-questions.")).sorted().toList();
        }
    }
}
