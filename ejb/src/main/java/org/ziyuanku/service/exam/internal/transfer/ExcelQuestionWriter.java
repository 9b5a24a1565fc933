package org.ziyuanku.service.exam.internal.transfer;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.ziyuanku.service.exam.QuestionDraft;
import org.ziyuanku.service.exam.QuestionFileFormat;
import org.ziyuanku.service.exam.QuestionFileWriter;

/**
 * Writes questions as the Excel template ({@link ExcelQuestionReader} reads it back): one row per question, what the
 * template cannot carry as {@link ExcelRows} says.
 */
@ApplicationScoped
public class ExcelQuestionWriter implements QuestionFileWriter {

    @Override
    public QuestionFileFormat format() {
        return QuestionFileFormat.EXCEL;
    }

    @Override
    public byte[] write(String categoryName, List<QuestionDraft> questions) {
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            ExcelLayout.sheet(book, ExcelLayout.SHEET, ExcelLayout.headers(), ExcelRows.rows(questions), 16);
            ExcelQuestionTemplate.helpSheet(book);
            return ExcelLayout.bytes(book);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
