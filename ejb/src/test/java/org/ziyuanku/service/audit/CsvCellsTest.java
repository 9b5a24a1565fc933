package org.ziyuanku.service.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvCellsTest {

    @Test
    void plainText_andChinese_stayAsTheyAre() {
        assertEquals("SIGN_IN", CsvCells.cell("SIGN_IN"));
        assertEquals("审计管理员", CsvCells.cell("审计管理员"));
        assertEquals("", CsvCells.cell(null));
        assertEquals("", CsvCells.cell(""));
    }

    @Test
    void comma_quote_andLineBreaks_areQuoted_quotesDoubled() {
        assertEquals("\"a,b\"", CsvCells.cell("a,b"));
        assertEquals("\"say \"\"hi\"\"\"", CsvCells.cell("say \"hi\""));
        assertEquals("\"two\nlines\"", CsvCells.cell("two\nlines"));
        assertEquals("\"two\r\nlines\"", CsvCells.cell("two\r\nlines"));
    }

    @Test
    void formulaStarts_getALeadingQuote() {
        assertEquals("'=1+2", CsvCells.cell("=1+2"));
        assertEquals("'+1", CsvCells.cell("+1"));
        assertEquals("'-2+3", CsvCells.cell("-2+3"));
        assertEquals("'@SUM(A1)", CsvCells.cell("@SUM(A1)"));
        assertEquals("'\tx", CsvCells.cell("\tx"));
        assertEquals("\"'\rx\"", CsvCells.cell("\rx"));
    }

    @Test
    void formulaWithCommaAndQuotes_isNeutralisedThenQuoted() {
        assertEquals("\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"x\"\")\"",
                CsvCells.cell("=HYPERLINK(\"http://evil.example\",\"x\")"));
        assertEquals("\"'=cmd|' /C calc'!A0,1\"", CsvCells.cell("=cmd|' /C calc'!A0,1"));
    }

    @Test
    void theLoneDashOfAnEmptyAuditField_andInnerFormulaCharacters_stay() {
        assertEquals("-", CsvCells.cell("-"));
        assertEquals("a=b", CsvCells.cell("a=b"));
        assertEquals("192.168.0.1", CsvCells.cell("192.168.0.1"));
    }

    @Test
    void line_joinsCellsWithCommas_andEndsWithCrLf() {
        assertEquals("1,'=x,\"a,b\",\r\n", CsvCells.line(Arrays.asList("1", "=x", "a,b", null)));
        assertEquals("\r\n", CsvCells.line(List.of()));
    }
}
