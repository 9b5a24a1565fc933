package org.ziyuanku.it.learning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.net.http.HttpResponse;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.ziyuanku.it.support.ApiClient;
import org.ziyuanku.it.support.TestDatabase;

/**
 * Class statistics (issue 13, item 6): per learner of a class, items completed of the offering's visible items,
 * progress, time spent, last activity and "behind schedule", with the class's totals, as JSON and as an Excel
 * workbook with the same figures; only the class's teachers and assistants see them: a teacher of class A gets 403
 * for class B (audited), an unknown class is 404.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ClassStatisticsIT {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static Classroom room;

    @BeforeAll
    static void classroom() throws Exception {
        room = Classroom.create("cs");
    }

    @Test
    void statistics_teacherOfTheClass_seesEachLearnersFiguresAndTheTotals() {
        HttpResponse<String> response = ApiClient.as(room.teacherA).get(statistics(room.classA));
        assertEquals(200, response.statusCode(), response.body());
        JsonObject body = Json.createReader(new StringReader(response.body())).readObject();
        assertEquals(3, body.getInt("items"), "visible items only: the hidden item does not count");
        assertEquals(2, body.getInt("learnerCount"), "class B's learner is not in class A");
        assertEquals(50, body.getInt("averageProgress"), "(66 + 33) / 2, rounded");
        assertEquals(1, body.getInt("activeLastWeek"));
        JsonArray learners = body.getJsonArray("learners");
        JsonObject first = learners.getJsonObject(0);
        assertEquals("S001", first.getString("studentNo"));
        assertEquals(room.learner1Name, first.getString("name"), "the verified real name");
        assertEquals(2, first.getInt("completed"));
        assertEquals(66, first.getInt("progress"));
        assertEquals(210_000, first.getJsonNumber("timeSpentMs").longValue());
        assertFalse(first.getBoolean("behind"), "module 1's items, due yesterday, are done");
        assertFalse(first.isNull("lastActivity"));
        JsonObject second = learners.getJsonObject(1);
        assertEquals("S002", second.getString("studentNo"));
        assertEquals(1, second.getInt("completed"), "the hidden item's completion does not count");
        assertEquals(33, second.getInt("progress"));
        assertEquals(135_000, second.getJsonNumber("timeSpentMs").longValue());
        assertTrue(second.getBoolean("behind"), "module 1 was due yesterday and its items are not done");
    }

    @Test
    void export_asXlsx_holdsTheSameFigures_andIsAudited() throws Exception {
        HttpResponse<byte[]> response = ApiClient.as(room.teacherA).getBytes(statistics(room.classA) + "?format=xlsx");
        assertEquals(200, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith(XLSX));
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(response.body()))) {
            Sheet sheet = book.getSheetAt(0);
            assertEquals("姓名", sheet.getRow(0).getCell(0).getStringCellValue());
            assertEquals("学号", sheet.getRow(0).getCell(1).getStringCellValue());
            assertEquals(3, sheet.getLastRowNum() + 1, "a header and two learners");
            Row first = sheet.getRow(1);
            assertEquals(room.learner1Name, first.getCell(0).getStringCellValue());
            assertEquals("S001", first.getCell(1).getStringCellValue());
            assertEquals(2, (int) first.getCell(2).getNumericCellValue());
            assertEquals(3, (int) first.getCell(3).getNumericCellValue());
            assertEquals(66, (int) first.getCell(4).getNumericCellValue());
            assertEquals(3, (int) first.getCell(5).getNumericCellValue(), "210 s = 3 minutes");
            assertEquals(CellType.NUMERIC, first.getCell(6).getCellType(), "last activity as a date");
            assertNotNull(first.getCell(6).getLocalDateTimeCellValue());
            assertEquals("否", first.getCell(7).getStringCellValue());
            Row second = sheet.getRow(2);
            assertEquals("S002", second.getCell(1).getStringCellValue());
            assertEquals(33, (int) second.getCell(4).getNumericCellValue());
            assertEquals("是", second.getCell(7).getStringCellValue());
        }
        assertEquals(1, TestDatabase.queryLong("select count(*) from audit_record where actor = ? and action ="
                + " 'CLASS_STATISTICS_EXPORT' and outcome = 'SUCCESS' and target = ?", room.teacherA,
                "class:" + room.classA));
        HttpResponse<byte[]> byAccept = ApiClient.as(room.teacherA).inLanguage("en").getBytes(
                statistics(room.classA), "Accept", XLSX);
        assertEquals(200, byAccept.statusCode());
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(byAccept.body()))) {
            assertEquals("Name", book.getSheetAt(0).getRow(0).getCell(0).getStringCellValue());
        }
    }

    @Test
    void teacherOfClassA_getsForbiddenForClassB_andTheRefusalIsAudited() throws Exception {
        HttpResponse<String> other = ApiClient.as(room.teacherA).get(statistics(room.classB));
        assertEquals(403, other.statusCode(), other.body());
        assertFalse(other.body().contains("l3-"), other.body());
        assertEquals(1, TestDatabase.queryLong("select count(*) from audit_record where actor = ? and action ="
                + " 'CLASS_STATISTICS' and outcome = 'DENIED' and target = ?", room.teacherA, "class:" + room.classB));
        assertEquals(403, ApiClient.as(room.teacherA).getBytes(statistics(room.classB) + "?format=xlsx").statusCode());
        assertEquals(403, ApiClient.as(room.outsider).get(statistics(room.classA)).statusCode(),
                "a teacher of the same school without the class");
        assertEquals(200, ApiClient.as(room.teacherB).get(statistics(room.classB)).statusCode());
        assertEquals(404, ApiClient.as(room.teacherA).get(statistics(room.classB + 1_000_000)).statusCode());
        assertEquals(404, ApiClient.as(room.teacherA).get("/api/v1/classes/x1/statistics").statusCode());
        assertEquals(401, ApiClient.anonymous().get(statistics(room.classA)).statusCode());
    }

    @Test
    void assistant_seesTheirClass_butNotTheOther() {
        HttpResponse<String> own = ApiClient.as(room.assistantA).get(statistics(room.classA));
        assertEquals(200, own.statusCode(), own.body());
        assertTrue(own.body().contains("\"learnerCount\":2"), own.body());
        assertEquals(403, ApiClient.as(room.assistantA).get(statistics(room.classB)).statusCode());
    }

    @Test
    void unknownFormat_answers400InTheCallersLanguage() {
        HttpResponse<String> response = ApiClient.as(room.teacherA).inLanguage("en").get(statistics(room.classA)
                + "?format=pdf");
        assertEquals(400, response.statusCode(), response.body());
        assertTrue(response.body().contains("it must be json or xlsx"), response.body());
    }

    static String statistics(long classId) {
        return "/api/v1/classes/" + classId + "/statistics";
    }
}
