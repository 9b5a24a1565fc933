package org.ziyuanku.service.identity.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.ziyuanku.domain.identity.RosterRole;
import org.ziyuanku.service.identity.internal.MemberSheet.Member;

class MemberSheetTest {

    /** An .xlsx whose first sheet holds the rows; null leaves a cell out. */
    private static byte[] workbook(Object[]... rows) throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet("用户");
            for (int r = 0; r < rows.length; r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < rows[r].length; c++) {
                    if (rows[r][c] != null) {
                        row.createCell(c).setCellValue(rows[r][c].toString());
                    }
                }
            }
            book.write(out);
            return out.toByteArray();
        }
    }

    private static MemberSheet read(byte[] bytes) {
        return MemberSheet.read(new ByteArrayInputStream(bytes));
    }

    private static List<String> keys(MemberSheet sheet) {
        return sheet.errors().stream().map(e -> e.row() + ":" + e.key().replace("identity.import.error.", ""))
                .toList();
    }

    @Test
    void chineseHeaderInAnyOrder_readsPeople_foldingUserNamesAndAddresses() throws IOException {
        MemberSheet sheet = read(workbook(
                new Object[] {"学生与教师名单"},
                new Object[] {"邮箱", "身份", "用户名", "姓名"},
                new Object[] {"Wang.XM@School.edu.cn", "学生", " WangXM ", "王小明"},
                new Object[] {"li@school.edu.cn", "教师", "li_laoshi", " 李老师 "},
                new Object[] {null, null, null, null}));
        assertEquals(List.of(), sheet.errors());
        assertEquals(List.of(new Member(3, "wangxm", "王小明", "wang.xm@school.edu.cn", RosterRole.STUDENT),
                new Member(4, "li_laoshi", "李老师", "li@school.edu.cn", RosterRole.TEACHER)), sheet.members());
    }

    @Test
    void englishHeader_isRecognised() throws IOException {
        MemberSheet sheet = read(workbook(new Object[] {"User name", "Name", "E-mail", "Role"},
                new Object[] {"amy01", "Amy Li", "amy@example.org", "Teacher"}));
        assertEquals(List.of(), sheet.errors());
        assertEquals(RosterRole.TEACHER, sheet.members().get(0).role());
    }

    @Test
    void everyBadRow_isReported_andNoneOfThemIsKept() throws IOException {
        MemberSheet sheet = read(workbook(new Object[] {"用户名", "姓名", "邮箱", "身份"},
                new Object[] {"zhang3", "张三", "zhang3@example.org", "学生"},
                new Object[] {"ZHANG3", "张三丰", "other@example.org", "学生"},
                new Object[] {"x", "", "not-an-address", "校长"},
                new Object[] {"li4", "李四", "zhang3@example.org", ""},
                new Object[] {"", "王五", "", "教师"}));
        assertEquals(List.of("3:duplicateUsername", "4:usernameBad", "4:nameBlank", "4:emailBad", "4:badRole",
                "5:roleBlank", "5:duplicateEmail", "6:usernameBlank", "6:emailBlank"), keys(sheet));
        assertEquals(List.of("zhang3", "2"), sheet.errors().get(0).args());
        assertEquals(1, sheet.members().size());
    }

    @Test
    void notAWorkbook_noHeader_orNobody_isAFileError() throws IOException {
        assertEquals(List.of("0:notXlsx"), keys(read("用户名,姓名".getBytes(StandardCharsets.UTF_8))));
        assertEquals(List.of("0:noHeader"), keys(read(workbook(new Object[] {"姓名", "学号", "身份"}))));
        assertEquals(List.of("0:empty"), keys(read(workbook(new Object[] {"用户名", "姓名", "邮箱", "身份"}))));
    }

    @Test
    void tooManyRows_isRefused() throws IOException {
        Object[][] rows = new Object[MemberSheet.MAX_ROWS + 2][];
        rows[0] = new Object[] {"用户名", "姓名", "邮箱", "身份"};
        for (int i = 1; i < rows.length; i++) {
            rows[i] = new Object[] {"user" + i, "某人", "user" + i + "@example.org", "学生"};
        }
        assertEquals(List.of("0:tooManyRows"), keys(read(workbook(rows))));
    }

    @Test
    void singleInvitation_isCheckedLikeARow_withRowZero() {
        MemberSheet ok = MemberSheet.single("Teacher9", "赵老师", "zhao@example.org", "teacher");
        assertEquals(List.of(new Member(0, "teacher9", "赵老师", "zhao@example.org", RosterRole.TEACHER)), ok.members());
        assertEquals(List.of("0:emailBad", "0:badRole"), keys(MemberSheet.single("abc", "某人", "a@b", "admin")));
    }
}
