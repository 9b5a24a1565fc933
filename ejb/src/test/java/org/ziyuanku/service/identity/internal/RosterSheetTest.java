package org.ziyuanku.service.identity.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.ziyuanku.domain.identity.RosterRole;
import org.ziyuanku.service.identity.RosterRowError;
import org.ziyuanku.service.identity.internal.RosterSheet.Person;

class RosterSheetTest {

    /** An .xlsx whose first sheet holds the rows; Double values become numeric cells, null leaves a cell out. */
    private static byte[] workbook(Object[]... rows) throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet("名单");
            for (int r = 0; r < rows.length; r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < rows[r].length; c++) {
                    Object value = rows[r][c];
                    if (value instanceof Double d) {
                        row.createCell(c).setCellValue(d);
                    } else if (value != null) {
                        row.createCell(c).setCellValue(value.toString());
                    }
                }
            }
            book.write(out);
            return out.toByteArray();
        }
    }

    private static RosterSheet read(byte[] bytes) {
        return RosterSheet.read(new ByteArrayInputStream(bytes));
    }

    private static List<String> keys(RosterSheet sheet) {
        return sheet.errors().stream().map(e -> e.row() + ":" + e.key().replace("identity.roster.error.", ""))
                .toList();
    }

    @Test
    void chineseHeader_peopleWithNumbersTypedAsText_orAsNumbers() throws IOException {
        RosterSheet sheet = read(workbook(
                new Object[] {"姓名", "学号或工号", "身份"},
                new Object[] {"王小明", 2026010001d, "学生"},
                new Object[] {" 李老师 ", "T2026001", "教师"},
                new Object[] {"赵六", 202601000123d, "老师"}));
        assertEquals(List.of(), sheet.errors());
        assertEquals(List.of(new Person(2, "王小明", "2026010001", RosterRole.STUDENT),
                new Person(3, "李老师", "T2026001", RosterRole.TEACHER),
                new Person(4, "赵六", "202601000123", RosterRole.TEACHER)), sheet.people());
    }

    @Test
    void englishHeader_inAnyOrder_belowATitleRow_skipsBlankRows() throws IOException {
        RosterSheet sheet = read(workbook(
                new Object[] {"2026 roster of the school"},
                new Object[] {"Role", "Name *", "Student/Staff Number"},
                new Object[] {"student", "Li Lei", "s-001"},
                new Object[] {null, " ", null},
                new Object[] {"TEACHER", "Han Meimei", "ｓ－002"}));
        assertEquals(List.of(), sheet.errors());
        assertEquals(List.of(new Person(3, "Li Lei", "S-001", RosterRole.STUDENT),
                new Person(5, "Han Meimei", "S-002", RosterRole.TEACHER)), sheet.people());
    }

    @Test
    void numberWithAFormat_readsAsExcelShowsIt() throws IOException {
        byte[] bytes;
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet();
            Row header = sheet.createRow(0);
            header.createCell(0).setCellValue("姓名");
            header.createCell(1).setCellValue("工号");
            header.createCell(2).setCellValue("角色");
            CellStyle zeroPadded = book.createCellStyle();
            zeroPadded.setDataFormat(book.createDataFormat().getFormat("00000000"));
            Row row = sheet.createRow(1);
            row.createCell(0).setCellValue("王小明");
            Cell number = row.createCell(1);
            number.setCellValue(123);
            number.setCellStyle(zeroPadded);
            row.createCell(2).setCellValue("学生");
            book.write(out);
            bytes = out.toByteArray();
        }
        assertEquals("00000123", read(bytes).people().get(0).number());
    }

    @Test
    void badRowsAreAllReported_withTheirRows() throws IOException {
        RosterSheet sheet = read(workbook(
                new Object[] {"姓名", "学号", "身份"},
                new Object[] {"王小明", "2026010001", "学生"},
                new Object[] {"张三", "2026010002", "校长"},
                new Object[] {"", "2026010003", "学生"},
                new Object[] {"李四", null, "学生"},
                new Object[] {"王五", "2026010001", null},
                new Object[] {"名".repeat(65), "x".repeat(33), "学生"}));
        assertEquals(List.of("3:badRole", "4:nameBlank", "5:numberBlank", "6:roleBlank", "6:duplicate",
                "7:nameTooLong", "7:numberTooLong"), keys(sheet));
        assertEquals(List.of(2), sheet.people().stream().map(Person::row).toList(), "the one good row");
        RosterRowError duplicate = sheet.errors().get(4);
        assertEquals(List.of("2026010001", "2"), duplicate.args());
        assertEquals(List.of("校长"), sheet.errors().get(0).args());
    }

    @Test
    void missingHeader_orNoPeople_isAnErrorOfTheFile() throws IOException {
        assertEquals(List.of("0:noHeader"), keys(read(workbook(new Object[] {"姓名", "学号"},
                new Object[] {"王小明", "2026010001"}))));
        assertEquals(List.of("0:empty"), keys(read(workbook(new Object[] {"Name", "Number", "Role"}))));
    }

    @Test
    void notAnXlsx_isAClearError() {
        assertEquals(List.of("0:notXlsx"), keys(read("姓名,学号,身份\n王小明,1,学生\n".getBytes(StandardCharsets.UTF_8))));
        assertEquals(List.of("0:notXlsx"), keys(read(new byte[0])));
        assertEquals(List.of("0:notXlsx"), keys(read(new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, 0, 0})));
    }

    @Test
    void tooManyRows_isRefused() throws IOException {
        byte[] fourPeople = workbook(new Object[] {"姓名", "学号", "身份"}, new Object[] {"甲", "1", "学生"},
                new Object[] {"乙", "2", "学生"}, new Object[] {"丙", "3", "学生"}, new Object[] {"丁", "4", "学生"});
        assertEquals(List.of(), keys(RosterSheet.read(new ByteArrayInputStream(fourPeople), 4)));
        RosterSheet sheet = RosterSheet.read(new ByteArrayInputStream(fourPeople), 3);
        assertEquals(List.of("0:tooManyRows"), keys(sheet));
        assertEquals(List.of("3"), sheet.errors().get(0).args());
    }

    @Test
    void tooLarge_isRefusedBeforeParsing() {
        assertEquals(List.of("0:tooLarge"), keys(read(new byte[RosterSheet.MAX_BYTES + 1])));
    }
}
