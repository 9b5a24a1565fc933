package org.ziyuanku.service.teaching.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.ziyuanku.domain.teaching.ClassSurvey;
import org.ziyuanku.domain.teaching.SurveyAnswer;
import org.ziyuanku.domain.teaching.SurveyItem;
import org.ziyuanku.domain.teaching.SurveyItemKind;
import org.ziyuanku.infrastructure.office.SafeCells;
import org.ziyuanku.service.teaching.SurveyResultsView;

/**
 * A survey as an Excel workbook (.xlsx): a summary sheet (counts per option, scale means, number of free texts) and a
 * responses sheet with one row per response. Named surveys start each row with the learner's name and student number;
 * anonymous ones have no such columns and list their rows in the order of their random ids. Text cells a spreadsheet
 * could take for a formula are written quote-prefixed.
 */
public final class SurveyWorkbook {

    static final String BUNDLE = "org.ziyuanku.service.teaching.survey";

    /** One response row: the learner's name and student number (null for anonymous surveys) and the answers. */
    public record ResponseRow(String name, String studentNo, List<SurveyAnswer> answers) {
    }

    private SurveyWorkbook() {
    }

    /** The workbook's bytes. */
    public static byte[] of(ClassSurvey survey, SurveyResultsView results, List<ResponseRow> rows, Locale locale) {
        ResourceBundle texts = ResourceBundle.getBundle(BUNDLE, locale);
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle quoted = SafeCells.quoted(book);
            summary(book.createSheet(texts.getString("sheet.summary")), results, texts, quoted);
            responses(book.createSheet(texts.getString("sheet.responses")), survey, rows, texts, quoted);
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void summary(Sheet sheet, SurveyResultsView results, ResourceBundle texts, CellStyle quoted) {
        SafeCells.text(sheet.createRow(0).createCell(0), results.title(), quoted);
        Row count = sheet.createRow(1);
        count.createCell(0).setCellValue(texts.getString("summary.respondents"));
        count.createCell(1).setCellValue(results.respondents());
        int r = 3;
        for (SurveyResultsView.ItemResult item : results.items()) {
            SafeCells.text(sheet.createRow(r++).createCell(0), (item.index() + 1) + ". " + item.prompt(), quoted);
            for (int o = 0; o < item.counts().size(); o++) {
                Row row = sheet.createRow(r++);
                SafeCells.text(row.createCell(1), item.labels().get(o), quoted);
                row.createCell(2).setCellValue(item.counts().get(o));
            }
            if (item.mean() != null) {
                Row row = sheet.createRow(r++);
                row.createCell(1).setCellValue(texts.getString("summary.mean"));
                row.createCell(2).setCellValue(Math.round(item.mean() * 100) / 100.0);
            }
            if ("TEXT".equals(item.kind())) {
                Row row = sheet.createRow(r++);
                row.createCell(1).setCellValue(texts.getString("summary.texts"));
                row.createCell(2).setCellValue(item.texts().size());
            }
            r++;
        }
        sheet.setColumnWidth(0, 40 * 256);
        sheet.setColumnWidth(1, 30 * 256);
    }

    private static void responses(Sheet sheet, ClassSurvey survey, List<ResponseRow> rows, ResourceBundle texts,
            CellStyle quoted) {
        List<SurveyItem> items = survey.getItems();
        int first = survey.isAnonymous() ? 0 : 2;
        Row header = sheet.createRow(0);
        if (!survey.isAnonymous()) {
            header.createCell(0).setCellValue(texts.getString("column.name"));
            header.createCell(1).setCellValue(texts.getString("column.studentNo"));
        }
        for (int i = 0; i < items.size(); i++) {
            SafeCells.text(header.createCell(first + i), (i + 1) + ". " + items.get(i).getPrompt(), quoted);
            sheet.setColumnWidth(first + i, 24 * 256);
        }
        int r = 1;
        for (ResponseRow response : rows) {
            Row row = sheet.createRow(r++);
            if (!survey.isAnonymous()) {
                SafeCells.text(row.createCell(0), response.name(), quoted);
                SafeCells.text(row.createCell(1), response.studentNo(), quoted);
            }
            for (int i = 0; i < items.size(); i++) {
                SafeCells.text(row.createCell(first + i), value(i, items.get(i), response.answers()), quoted);
            }
        }
    }

    private static String value(int index, SurveyItem item, List<SurveyAnswer> answers) {
        List<SurveyAnswer> mine = answers.stream().filter(a -> a.getItemIndex() == index).toList();
        if (item.getKind() == SurveyItemKind.SCALE || item.getKind() == SurveyItemKind.TEXT) {
            return mine.stream().map(a -> a.getScaleValue() != null ? a.getScaleValue().toString() : a.getTextValue())
                    .collect(Collectors.joining());
        }
        List<String> options = item.getOptions();
        return mine.stream().map(a -> options.get(a.getChoiceIndex())).collect(Collectors.joining("; "));
    }

}
