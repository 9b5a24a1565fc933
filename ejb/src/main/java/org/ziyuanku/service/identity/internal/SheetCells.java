package org.ziyuanku.service.identity.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Reading uploaded Excel workbooks (.xlsx) the same way for every sheet the identity context imports. */
final class SheetCells {

    /** After this many problems a sheet is not checked further. */
    static final int MAX_ERRORS = 1_000;
    private static final Logger LOG = Logger.getLogger(SheetCells.class.getName());

    private final DataFormatter formatter = new DataFormatter(Locale.ROOT);

    /** The workbook, or empty when the bytes are no .xlsx workbook (an old .xls, an encrypted or a damaged file…). */
    static Optional<XSSFWorkbook> open(byte[] bytes) {
        try {
            return Optional.of(new XSSFWorkbook(new ByteArrayInputStream(bytes)));
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.FINE, "not a readable .xlsx workbook", e);
            return Optional.empty();
        }
    }

    /** Reads up to {@code max} bytes; the caller closes the stream. */
    static byte[] readAtMost(InputStream in, int max) {
        try {
            return in.readNBytes(max);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A cell's text as Excel shows it, except that whole numbers in the General format keep all their digits. */
    String text(Cell cell) {
        if (cell == null) {
            return "";
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return switch (type) {
            case STRING -> cell.getRichStringCellValue().getString();
            case NUMERIC -> numberText(cell);
            case BOOLEAN -> Boolean.toString(cell.getBooleanCellValue());
            default -> "";
        };
    }

    private String numberText(Cell cell) {
        double value = cell.getNumericCellValue();
        short format = cell.getCellStyle().getDataFormat();
        if (format == 0 && value == Math.rint(value) && !Double.isInfinite(value)) {
            return BigDecimal.valueOf(value).toBigInteger().toString();
        }
        return formatter.formatRawCellContents(value, format, cell.getCellStyle().getDataFormatString());
    }
}
