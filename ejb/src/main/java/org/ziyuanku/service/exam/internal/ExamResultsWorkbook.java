package org.ziyuanku.service.exam.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.ziyuanku.infrastructure.office.SafeCells;
import org.ziyuanku.service.exam.ExamStatisticsView;

/**
 * An exam's results as an Excel workbook (.xlsx): one row per learner (name, user name, class, status, score, max
 * score, submitted at, switch-away count) and a sheet of per-question statistics; headers in the caller's language.
 * Text cells a spreadsheet could take for a formula are written quote-prefixed.
 */
public final class ExamResultsWorkbook {

    static final String BUNDLE = "org.ziyuanku.service.exam.results";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final String[] LEARNER_COLUMNS = {"name", "username", "class", "status", "score", "maxScore",
        "submittedAt", "switchAway"};
    private static final String[] QUESTION_COLUMNS = {"question", "type", "papers", "answered", "scoreRate",
        "options"};
    private static final String[] ITEM_COLUMNS = {"question", "stem", "difficulty", "discrimination", "key",
        "distribution"};

    private ExamResultsWorkbook() {
    }

    /** The workbook's bytes. */
    public static byte[] of(List<ExamResultsRepository.LearnerRow> learners, ExamStatisticsView stats,
            Locale locale) {
        ResourceBundle texts = ResourceBundle.getBundle(BUNDLE, locale);
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle quoted = SafeCells.quoted(book);
            learners(book.createSheet(texts.getString("sheet.learners")), learners, texts, quoted);
            questions(book.createSheet(texts.getString("sheet.questions")), stats, texts);
            items(book.createSheet(texts.getString("sheet.items")), stats, texts, quoted);
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void learners(Sheet sheet, List<ExamResultsRepository.LearnerRow> rows, ResourceBundle texts,
            CellStyle quoted) {
        header(sheet, LEARNER_COLUMNS, texts);
        int r = 1;
        for (ExamResultsRepository.LearnerRow l : rows) {
            Row row = sheet.createRow(r++);
            SafeCells.text(row.createCell(0), l.name(), quoted);
            SafeCells.text(row.createCell(1), l.username(), quoted);
            SafeCells.text(row.createCell(2), l.className(), quoted);
            row.createCell(3).setCellValue(texts.getString("status." + l.status().name()));
            number(row.createCell(4), l.score());
            number(row.createCell(5), l.maxScore());
            if (l.submittedAt() != null) {
                row.createCell(6).setCellValue(TIME.format(l.submittedAt()));
            }
            row.createCell(7).setCellValue(l.switchAwayCount());
        }
        sheet.setColumnWidth(0, 20 * 256);
        sheet.setColumnWidth(1, 20 * 256);
        sheet.setColumnWidth(2, 20 * 256);
        sheet.setColumnWidth(6, 20 * 256);
    }

    private static void questions(Sheet sheet, ExamStatisticsView stats, ResourceBundle texts) {
        header(sheet, QUESTION_COLUMNS, texts);
        int r = 1;
        for (ExamStatisticsView.QuestionStat q : stats.questions()) {
            Row row = sheet.createRow(r++);
            row.createCell(0).setCellValue(q.questionId());
            row.createCell(1).setCellValue(q.type().name());
            row.createCell(2).setCellValue(q.papers());
            row.createCell(3).setCellValue(q.answered());
            number(row.createCell(4), q.scoreRate());
            row.createCell(5).setCellValue(IntStream.range(0, q.optionCounts().size())
                    .mapToObj(i -> (char) ('A' + i) + ": " + q.optionCounts().get(i)).collect(Collectors.joining(", ")));
        }
        sheet.setColumnWidth(5, 40 * 256);
    }

    /**
     * The item analysis: per question the difficulty and discrimination index ("too few" below the minimum of graded
     * learners), the key and the option distribution with the key marked by *, then a line explaining each index.
     */
    private static void items(Sheet sheet, ExamStatisticsView stats, ResourceBundle texts, CellStyle quoted) {
        header(sheet, ITEM_COLUMNS, texts);
        int r = 1;
        for (ExamStatisticsView.QuestionStat q : stats.questions()) {
            Row row = sheet.createRow(r++);
            row.createCell(0).setCellValue(q.questionId());
            SafeCells.text(row.createCell(1), q.stem(), quoted);
            number(row.createCell(2), q.scoreRate());
            if (q.discrimination() != null) {
                number(row.createCell(3), q.discrimination());
            } else {
                row.createCell(3).setCellValue(texts.getString(stats.groupSize() == 0 ? "items.tooFew" : "items.none"));
            }
            row.createCell(4).setCellValue(q.keyOptions().stream().map(i -> String.valueOf((char) ('A' + i)))
                    .collect(Collectors.joining(" ")));
            row.createCell(5).setCellValue(IntStream.range(0, q.optionCounts().size())
                    .mapToObj(i -> (char) ('A' + i) + (q.keyOptions().contains(i) ? "*" : "") + ": "
                            + q.optionCounts().get(i)).collect(Collectors.joining(", ")));
        }
        r++;
        for (String note : new String[] {"items.difficultyNote", "items.discriminationNote", "items.distributionNote"}) {
            sheet.createRow(r++).createCell(0).setCellValue(texts.getString(note));
        }
        sheet.setColumnWidth(1, 40 * 256);
        sheet.setColumnWidth(5, 40 * 256);
    }

    private static void header(Sheet sheet, String[] columns, ResourceBundle texts) {
        Row header = sheet.createRow(0);
        for (int i = 0; i < columns.length; i++) {
            header.createCell(i).setCellValue(texts.getString("column." + columns[i]));
        }
    }

    private static void number(Cell cell, BigDecimal value) {
        if (value != null) {
            cell.setCellValue(value.doubleValue());
        }
    }

}
