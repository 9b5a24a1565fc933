package org.ziyuanku.service.exam.internal.transfer;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** The columns of the Excel question template, and writing and reading its cells. */
final class ExcelLayout {

    static final int OPTION_COUNT = 8;
    static final String TYPE = "题型";
    static final String STEM = "题干";
    static final String ANSWER = "答案";
    static final String ANALYSIS = "解析";
    static final String DIFFICULTY = "难度";
    static final String KNOWLEDGE = "知识点";
    static final String POINTS = "分值";
    static final String SHEET = "题目";
    static final String HELP_SHEET = "说明";

    private static final DataFormatter FORMATTER = new DataFormatter(Locale.ROOT);

    private ExcelLayout() {
    }

    /** 题型, 题干, 选项A…选项H, 答案, 解析, 难度, 知识点, 分值. */
    static List<String> headers() {
        List<String> headers = new ArrayList<>(List.of(TYPE, STEM));
        for (int i = 0; i < OPTION_COUNT; i++) {
            headers.add(option(i));
        }
        headers.addAll(List.of(ANSWER, ANALYSIS, DIFFICULTY, KNOWLEDGE, POINTS));
        return headers;
    }

    static String option(int index) {
        return "选项" + (char) ('A' + index);
    }

    /** A header cell's text as compared: full-width forms, spaces and required-marks (*) removed. */
    static String headerKey(String text) {
        return AnswerText.normal(text).replaceAll("[\\s*＊]", "").toUpperCase(Locale.ROOT);
    }

    /** A sheet with a bold header row and the rows of text under it. */
    static Sheet sheet(XSSFWorkbook book, String name, List<String> header, List<List<String>> rows, int width) {
        Sheet sheet = book.createSheet(name);
        CellStyle bold = book.createCellStyle();
        Font font = book.createFont();
        font.setBold(true);
        bold.setFont(font);
        CellStyle wrap = book.createCellStyle();
        wrap.setWrapText(true);
        Row top = sheet.createRow(0);
        for (int c = 0; c < header.size(); c++) {
            Cell cell = top.createCell(c);
            cell.setCellValue(header.get(c));
            cell.setCellStyle(bold);
            sheet.setColumnWidth(c, width * 256);
        }
        for (int r = 0; r < rows.size(); r++) {
            Row row = sheet.createRow(r + 1);
            List<String> values = rows.get(r);
            for (int c = 0; c < values.size(); c++) {
                if (values.get(c) != null && !values.get(c).isEmpty()) {
                    Cell cell = row.createCell(c);
                    cell.setCellValue(values.get(c));
                    cell.setCellStyle(wrap);
                }
            }
        }
        sheet.createFreezePane(0, 1);
        return sheet;
    }

    static byte[] bytes(XSSFWorkbook book) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A cell's text as Excel shows it; whole numbers in the General format keep all their digits. */
    static String text(Cell cell) {
        if (cell == null) {
            return "";
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return switch (type) {
            case STRING -> cell.getRichStringCellValue().getString();
            case NUMERIC -> number(cell);
            case BOOLEAN -> cell.getBooleanCellValue() ? "对" : "错";
            default -> "";
        };
    }

    private static String number(Cell cell) {
        double value = cell.getNumericCellValue();
        short format = cell.getCellStyle().getDataFormat();
        if (format == 0 && !Double.isInfinite(value) && !Double.isNaN(value)) {
            return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
        }
        return FORMATTER.formatRawCellContents(value, format, cell.getCellStyle().getDataFormatString());
    }
}
