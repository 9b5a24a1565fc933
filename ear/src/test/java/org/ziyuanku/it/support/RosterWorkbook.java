package org.ziyuanku.it.support;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Excel rosters for tests, written with Apache POI to a temporary .xlsx file the browser can upload. */
public final class RosterWorkbook {

    private RosterWorkbook() {
    }

    /** A workbook whose first sheet holds the rows; a Number becomes a numeric cell, as Excel stores typed numbers. */
    public static Path write(Object[]... rows) {
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            Sheet sheet = book.createSheet("名单");
            for (int r = 0; r < rows.length; r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < rows[r].length; c++) {
                    if (rows[r][c] instanceof Number n) {
                        row.createCell(c).setCellValue(n.doubleValue());
                    } else {
                        row.createCell(c).setCellValue(String.valueOf(rows[r][c]));
                    }
                }
            }
            Path file = Files.createTempFile("roster-", ".xlsx");
            try (OutputStream out = Files.newOutputStream(file)) {
                book.write(out);
            }
            file.toFile().deleteOnExit();
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A file that is no workbook at all, named .xlsx. */
    public static Path notAWorkbook() {
        try {
            Path file = Files.createTempFile("roster-", ".xlsx");
            Files.writeString(file, "姓名,学号,身份\n王小明,2026010001,学生\n");
            file.toFile().deleteOnExit();
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
