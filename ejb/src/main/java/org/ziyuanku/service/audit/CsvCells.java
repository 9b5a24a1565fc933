package org.ziyuanku.service.audit;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Cells and lines of a CSV file (RFC 4180) that a spreadsheet opens safely. A cell is quoted when it holds a comma,
 * a double quote, CR or LF, and a quote inside is doubled. Against formula injection (CSV 注入, OWASP "CSV
 * Injection"): a cell that starts with {@code =}, {@code +}, {@code -}, {@code @}, TAB or CR gets a leading single
 * quote, so Excel or WPS shows it as text instead of evaluating it. The lone "-" that marks an empty audit field
 * stays as it is: it cannot start a formula.
 */
public final class CsvCells {

    /** Written first, so that Excel reads the file as UTF-8 (Chinese text). */
    public static final char BYTE_ORDER_MARK = '\uFEFF';
    /** Lines end with CRLF, as RFC 4180 says. */
    public static final String LINE_END = "\r\n";

    private static final String FORMULA_STARTS = "=+-@\t\r";

    private CsvCells() {
    }

    /** The cell as it goes into the file: neutralised and quoted as needed; null becomes an empty cell. */
    public static String cell(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        String text = startsLikeFormula(value) ? "'" + value : value;
        if (text.indexOf(',') < 0 && text.indexOf('"') < 0 && text.indexOf('\r') < 0 && text.indexOf('\n') < 0) {
            return text;
        }
        return '"' + text.replace("\"", "\"\"") + '"';
    }

    /** Whether a spreadsheet could take the value for a formula. */
    static boolean startsLikeFormula(String value) {
        return !value.isEmpty() && FORMULA_STARTS.indexOf(value.charAt(0)) >= 0 && !"-".equals(value);
    }

    /** One line: the cells, each through {@link #cell(String)}, separated by commas and ended by CRLF. */
    public static String line(List<String> values) {
        return values.stream().map(CsvCells::cell).collect(Collectors.joining(",", "", LINE_END));
    }
}
