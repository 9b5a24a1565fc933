package org.ziyuanku.service.teaching.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A class roster (班级名单) as a teacher exports it from the school's system: an .xlsx workbook whose first sheet has a
 * header row with 学号 and 姓名 (in any order, other columns ignored), then one learner per row. Numbers typed as
 * numbers read as Excel shows them.
 */
public final class ClassRosterSheet {

    /** At most this many learner rows are read. */
    public static final int MAX_ROWS = 2_000;

    /** One learner row: its row number as Excel shows it, 学号 and 姓名 as written (stripped). */
    public record Line(int row, String studentNo, String name) {
    }

    private ClassRosterSheet() {
    }

    /** The rows, or empty when the bytes are no .xlsx workbook or its first sheet has no 学号 and 姓名 header. */
    public static Optional<List<Line>> read(byte[] bytes) {
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            Sheet sheet = book.getNumberOfSheets() == 0 ? null : book.getSheetAt(0);
            Row header = sheet == null ? null : sheet.getRow(sheet.getFirstRowNum());
            if (header == null) {
                return Optional.empty();
            }
            DataFormatter cells = new DataFormatter(Locale.ROOT);
            int number = -1;
            int name = -1;
            for (int c = 0; c < header.getLastCellNum(); c++) {
                String title = cells.formatCellValue(header.getCell(c)).strip();
                number = "学号".equals(title) ? c : number;
                name = "姓名".equals(title) ? c : name;
            }
            if (number < 0 || name < 0) {
                return Optional.empty();
            }
            List<Line> lines = new ArrayList<>();
            for (int r = header.getRowNum() + 1; r <= sheet.getLastRowNum() && lines.size() < MAX_ROWS; r++) {
                Row row = sheet.getRow(r);
                String no = row == null ? "" : cells.formatCellValue(row.getCell(number)).strip();
                String who = row == null ? "" : cells.formatCellValue(row.getCell(name)).strip();
                if (!no.isEmpty() || !who.isEmpty()) {
                    lines.add(new Line(r + 1, no, who));
                }
            }
            return Optional.of(lines);
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
