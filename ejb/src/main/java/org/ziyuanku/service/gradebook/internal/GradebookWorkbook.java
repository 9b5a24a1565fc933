package org.ziyuanku.service.gradebook.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.MessageFormat;
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
import org.ziyuanku.service.gradebook.GradeWeightsView;
import org.ziyuanku.service.gradebook.GradebookView;
import org.ziyuanku.service.gradebook.LearnerGradeView;

/**
 * The gradebook as an Excel workbook (.xlsx): one sheet named after the class, a header row in the caller's language,
 * one row per learner (student number, name, the four categories, the total; an empty cell for a category with
 * nothing to grade yet), and under them the weights in force. Text that a spreadsheet could take for a formula is
 * written quote-prefixed (formula injection), as in the class statistics workbook.
 */
public final class GradebookWorkbook {

    static final String BUNDLE = "org.ziyuanku.service.gradebook.gradebook";
    static final List<String> COLUMNS = List.of("studentNo", "name", "progress", "homework", "discussion", "exam",
            "total");

    private GradebookWorkbook() {
    }

    /** The workbook's bytes. */
    public static byte[] of(GradebookView gradebook, Locale locale) {
        ResourceBundle texts = ResourceBundle.getBundle(BUNDLE, locale);
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet(WorkbookUtil.createSafeSheetName(gradebook.className()));
            CellStyle quoted = SafeCells.quoted(book);
            Row header = sheet.createRow(0);
            for (int c = 0; c < COLUMNS.size(); c++) {
                header.createCell(c).setCellValue(texts.getString("column." + COLUMNS.get(c)));
            }
            int r = 1;
            for (LearnerGradeView learner : gradebook.rows()) {
                Row row = sheet.createRow(r++);
                SafeCells.text(row.createCell(0), learner.studentNo(), quoted);
                SafeCells.text(row.createCell(1), learner.name(), quoted);
                Double[] values = {learner.progress(), learner.homework(), learner.discussion(), learner.exam(),
                    learner.total()};
                for (int c = 0; c < values.length; c++) {
                    Cell cell = row.createCell(2 + c);
                    if (values[c] != null) {
                        cell.setCellValue(values[c]);
                    }
                }
            }
            GradeWeightsView w = gradebook.weights();
            sheet.createRow(r + 1).createCell(0).setCellValue(new MessageFormat(texts.getString("weights"), locale)
                    .format(new Object[] {w.progress(), w.homework(), w.discussion(), w.exam(), w.discussionTarget()}));
            for (int c = 0; c < COLUMNS.size(); c++) {
                sheet.setColumnWidth(c, (c < 2 ? 20 : 14) * 256);
            }
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

}
