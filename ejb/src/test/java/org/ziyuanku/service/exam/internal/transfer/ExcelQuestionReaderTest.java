package org.ziyuanku.service.exam.internal.transfer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ziyuanku.domain.exam.ChoiceScoring;
import org.ziyuanku.domain.exam.QuestionType;
import org.ziyuanku.service.exam.ParsedQuestion;
import org.ziyuanku.service.exam.QuestionDraft;
import org.ziyuanku.service.exam.QuestionFileRefusedException;
import org.ziyuanku.service.system.RefusedException.Kind;

class ExcelQuestionReaderTest {

    private static final String[] HEADER = {"题型", "题干", "选项A", "选项B", "选项C", "选项D", "选项E", "选项F", "选项G", "选项H",
        "答案", "解析", "难度", "知识点", "分值"};

    private final ExcelQuestionReader reader = new ExcelQuestionReader();

    private static String[] row(String type, String stem, String a, String b, String c, String answer) {
        return new String[] {type, stem, a, b, c, null, null, null, null, null, answer, null, null, null, null};
    }

    private List<ParsedQuestion> read(String[]... rows) {
        String[][] all = new String[rows.length + 1][];
        all[0] = HEADER;
        System.arraycopy(rows, 0, all, 1, rows.length);
        return Drafts.read(reader, Drafts.workbook(all));
    }

    @Test
    void theDownloadableTemplate_readsWithItsFourExamples() {
        List<QuestionDraft> drafts = Drafts.accepted(Drafts.read(reader, new ExcelQuestionTemplate().template()));
        assertEquals(List.of(QuestionType.SINGLE_CHOICE, QuestionType.MULTIPLE_CHOICE, QuestionType.TRUE_FALSE,
                QuestionType.FILL_BLANK), drafts.stream().map(QuestionDraft::type).toList());
        assertEquals(List.of(List.of("二氧化碳", "CO2"), List.of("MIG", "MIG焊")), drafts.get(3).key().blanks());
        assertEquals(List.of("焊条电弧焊", "焊接参数"), drafts.get(0).knowledgePoints());
        assertEquals(new BigDecimal("2"), drafts.get(0).points());
        assertEquals(ChoiceScoring.PARTIAL, drafts.get(1).key().scoring());
        try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(
                new ByteArrayInputStream(new ExcelQuestionTemplate().template()))) {
            assertEquals("说明", book.getSheetAt(1).getSheetName());
            assertEquals("答案", book.getSheetAt(1).getRow(4).getCell(0).getStringCellValue());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void everyAnswerSyntax_andTypeName() {
        List<QuestionDraft> drafts = Drafts.accepted(read(
                row("SINGLE_CHOICE", "a < b ?", "是", "否", null, "ｂ"),
                row("多选题", "选出正确项", "x", "y", "z", "A、C"),
                row("判断题", "对吗", null, null, null, "×"),
                row("判断", "对吗", null, null, null, "正确"),
                row("填空题", "电压____电阻（）", null, null, null, "U/u|R"),
                row("简答题", "简述", null, null, null, ""),
                row("匹配题", "配对：\n1. 甲\n2. 乙", "丙", "丁", null, "1-B;2-A"),
                row("排序题", "排序", "二", "三", "一", "CAB"),
                row("填空题", "没有标出空位的题干", null, null, null, "甲；乙")));
        assertEquals("a &lt; b ?", drafts.get(0).stem());
        assertEquals(List.of(1), drafts.get(0).key().correct());
        assertEquals(List.of(0, 2), drafts.get(1).key().correct());
        assertEquals(false, drafts.get(2).key().truth());
        assertEquals(true, drafts.get(3).key().truth());
        assertEquals(List.of(List.of("U", "u"), List.of("R")), drafts.get(4).key().blanks());
        assertEquals(null, drafts.get(5).key().reference());
        assertEquals(List.of("甲", "乙"), drafts.get(6).prompts());
        assertEquals("配对：", drafts.get(6).stem());
        assertEquals(List.of(1, 0), drafts.get(6).key().correct());
        assertEquals(List.of("一", "二", "三"), drafts.get(7).options());
        assertEquals("没有标出空位的题干 ____ ____", drafts.get(8).stem());
    }

    @Test
    void eachRowProblem_isNamedWithItsRow_andBlankRowsAreSkipped() {
        String[] badDifficulty = row("单选题", "题", "a", "b", null, "A");
        badDifficulty[12] = "9";
        String[] badPoints = row("单选题", "题", "a", "b", null, "A");
        badPoints[14] = "两分";
        List<ParsedQuestion> parsed = read(
                row("问号题", "题", "a", "b", null, "A"),
                row("单选题", " ", "a", "b", null, "A"),
                new String[] {null, "", null},
                row("单选题", "题", "a", "b", null, ""),
                row("单选题", "题", "a", "b", null, "D"),
                badDifficulty,
                badPoints,
                row("单选题", "题", "a", "b", null, "AB"),
                row("判断题", "题", null, null, null, "也许"),
                row("匹配题", "配对：\n1. 甲", "丙", "丁", null, "2-A"),
                row("排序题", "排序", "a", "b", "c", "AB"),
                row("单选题", "题", "a", null, null, "A"),
                row("填空题", "两个空____和____", null, null, null, "一个"),
                row("单选题", "好题", "a", "b", null, "B"));
        assertEquals(List.of("2:unknownType", "3:emptyStem", "5:noAnswer", "6:missingOption", "7:difficultyRange",
                "8:pointsNotNumber", "9:singleNeedsOne", "10:badAnswer", "11:badAnswer", "12:orderIncomplete",
                "13:tooFewOptions", "14:blankCount"), Drafts.problems(parsed));
        assertEquals(List.of("问号题"), parsed.get(0).problemArgs());
        assertEquals(List.of("D"), parsed.get(3).problemArgs());
        assertEquals(15, parsed.get(parsed.size() - 1).position());
    }

    @Test
    void aWorkbookWithoutTheTemplateHeader_isRefused() {
        QuestionFileRefusedException e = assertThrows(QuestionFileRefusedException.class,
                () -> Drafts.read(reader, Drafts.workbook(new String[] {"姓名", "学号"}, new String[] {"张三", "1"})));
        assertEquals("exam.import.file.wrongTemplate", e.getReasonKey());
    }

    @Test
    void notAWorkbook_isTheWrongFormat_andAnEmptyFileIsRefused() {
        QuestionFileRefusedException e = assertThrows(QuestionFileRefusedException.class,
                () -> Drafts.read(reader, "<quiz></quiz>".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        assertEquals("exam.import.file.wrongFormat", e.getReasonKey());
        e = assertThrows(QuestionFileRefusedException.class,
                () -> reader.read(new ByteArrayInputStream(new byte[0])));
        assertEquals("exam.import.file.empty", e.getReasonKey());
    }

    @Test
    void moreThanTwoThousandQuestions_isTooLarge() {
        String[][] rows = new String[Bounds.MAX_QUESTIONS + 2][];
        rows[0] = HEADER;
        for (int i = 1; i < rows.length; i++) {
            rows[i] = row("判断题", "题" + i, null, null, null, "对");
        }
        QuestionFileRefusedException e = assertThrows(QuestionFileRefusedException.class,
                () -> Drafts.read(reader, Drafts.workbook(rows)));
        assertEquals(Kind.TOO_LARGE, e.kind());
        assertEquals("exam.import.file.tooManyQuestions", e.getReasonKey());
    }
}
