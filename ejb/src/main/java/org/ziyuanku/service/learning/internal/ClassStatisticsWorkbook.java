package org.ziyuanku.service.learning.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.ziyuanku.infrastructure.office.SafeCells;
import org.ziyuanku.service.learning.ClassStatisticsView;
import org.ziyuanku.service.learning.LearnerStatisticsView;

/**
 * The class statistics as an Excel workbook (.xlsx): one sheet named after the class, a header row in the caller's
 * language, then one row per learner with the columns of the statistics page. Columns get fixed widths: measuring
 * text (autoSizeColumn) needs fonts that a headless server may not have. Text cells that a spreadsheet could
 * take for a formula ({@code = + - @}, TAB, CR) are written quote-prefixed, so they show as text (formula injection).
 */
public final class ClassStatisticsWorkbook {

    static final String BUNDLE = "org.ziyuanku.service.learning.statistics";
    static final List<String> COLUMNS = List.of("name", "studentNo", "completed", "items", "progress", "minutes",
            "lastActivity", "behind");

    private ClassStatisticsWorkbook() {
    }

    /** The workbook's bytes. */
    public static byte[] of(ClassStatisticsView statistics, Locale locale) {
        ResourceBundle texts = ResourceBundle.getBundle(BUNDLE, locale);
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet(WorkbookUtil.createSafeSheetName(statistics.className()));
            CellStyle quoted = SafeCells.quoted(book);
            CellStyle date = book.createCellStyle();
            date.setDataFormat(book.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd hh:mm"));
            Row header = sheet.createRow(0);
            for (int c = 0; c < COLUMNS.size(); c++) {
                header.createCell(c).setCellValue(texts.getString("column." + COLUMNS.get(c)));
            }
            int r = 1;
            for (LearnerStatisticsView learner : statistics.learners()) {
                Row row = sheet.createRow(r++);
                SafeCells.text(row.createCell(0), learner.name(), quoted);
                SafeCells.text(row.createCell(1), learner.studentNo(), quoted);
                row.createCell(2).setCellValue(learner.completed());
                row.createCell(3).setCellValue(learner.items());
                row.createCell(4).setCellValue(learner.progress());
                row.createCell(5).setCellValue(learner.timeSpentMinutes());
                Cell last = row.createCell(6);
                if (learner.lastActivity() != null) {
                    last.setCellValue(learner.lastActivity());
                    last.setCellStyle(date);
                }
                row.createCell(7).setCellValue(texts.getString(learner.behind() ? "behind.yes" : "behind.no"));
            }
            for (int c = 0; c < COLUMNS.size(); c++) {
                sheet.setColumnWidth(c, (c < 2 || c == 6 ? 20 : 12) * 256);
            }
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

}
