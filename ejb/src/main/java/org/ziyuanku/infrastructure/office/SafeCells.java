package org.ziyuanku.infrastructure.office;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * Text cells of the workbooks the platform exports (class statistics, gradebook, surveys, exam results) that a
 * spreadsheet never runs as a formula (CSV/formula injection, OWASP): text starting with =, +, -, @, a tab or a
 * carriage return is written quote-prefixed, so Excel and WPS show it as typed.
 */
public final class SafeCells {

    private static final String FORMULA_STARTS = "=+-@\t\r";

    private SafeCells() {
    }

    /** The style every formula-looking text cell of the workbook shares (create it once per workbook). */
    public static CellStyle quoted(Workbook book) {
        CellStyle quoted = book.createCellStyle();
        quoted.setQuotePrefixed(true);
        return quoted;
    }

    /** Whether a spreadsheet would read the text as a formula. */
    public static boolean looksLikeFormula(String value) {
        return value != null && !value.isEmpty() && FORMULA_STARTS.indexOf(value.charAt(0)) >= 0;
    }

    /** Writes the text (nothing for null), quote-prefixed when it looks like a formula. */
    public static void text(Cell cell, String value, CellStyle quoted) {
        if (value == null) {
            return;
        }
        cell.setCellValue(value);
        if (looksLikeFormula(value)) {
            cell.setCellStyle(quoted);
        }
    }
}
