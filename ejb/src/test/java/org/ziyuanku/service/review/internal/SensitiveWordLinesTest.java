package org.ziyuanku.service.review.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.ziyuanku.domain.review.SensitiveWordCategory;
import org.ziyuanku.domain.review.SensitiveWordSeverity;
import org.ziyuanku.service.review.SensitiveWordLineError;

class SensitiveWordLinesTest {

    @Test
    void parse_goodLines_withFullWidthCommasBlankLinesAndComments() {
        SensitiveWordLines.Parsed parsed = SensitiveWordLines.parse(
                "\uFEFF# 词,类别,级别\n代写论文,FRAUD,BLOCK\r\n\n 加ＱＱ群 ，advertising，flag\n");
        assertTrue(parsed.errors().isEmpty(), parsed.errors().toString());
        assertEquals(List.of(
                new SensitiveWordLines.Line(2, new DictionaryEntry("代写论文", SensitiveWordCategory.FRAUD,
                        SensitiveWordSeverity.BLOCK)),
                new SensitiveWordLines.Line(4, new DictionaryEntry("加qq群", SensitiveWordCategory.ADVERTISING,
                        SensitiveWordSeverity.FLAG))), parsed.lines());
    }

    @Test
    void parse_badLines_areReportedByNumber() {
        String tooLong = "长".repeat(65);
        SensitiveWordLines.Parsed parsed = SensitiveWordLines.parse("好词,OTHER,FLAG\n,OTHER,FLAG\n" + tooLong
                + ",OTHER,FLAG\n词,NOPE,FLAG\n词二,OTHER,MAYBE\n只有一列\n好词,FRAUD,BLOCK");
        assertEquals(List.of(SensitiveWordLineError.of(2, "review.words.refused.empty"),
                SensitiveWordLineError.of(3, "review.words.refused.tooLong", 64),
                SensitiveWordLineError.of(4, "review.words.refused.unknownCategory", "NOPE"),
                SensitiveWordLineError.of(5, "review.words.refused.unknownSeverity", "MAYBE"),
                SensitiveWordLineError.of(6, "review.words.refused.format"),
                SensitiveWordLineError.of(7, "review.words.refused.repeated", "好词", 1)), parsed.errors());
        assertEquals(1, parsed.lines().size());
    }

    @Test
    void parse_nothingToImport_isAnError() {
        assertEquals(List.of(SensitiveWordLineError.of(0, "review.words.refused.emptyImport")),
                SensitiveWordLines.parse("\n# nur Kommentar\n").errors());
        assertEquals(List.of(SensitiveWordLineError.of(0, "review.words.refused.emptyImport")),
                SensitiveWordLines.parse(null).errors());
    }
}
