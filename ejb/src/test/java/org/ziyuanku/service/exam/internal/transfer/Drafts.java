package org.ziyuanku.service.exam.internal.transfer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.ziyuanku.domain.exam.ChoiceScoring;
import org.ziyuanku.domain.exam.QuestionType;
import org.ziyuanku.service.exam.AnswerKey;
import org.ziyuanku.service.exam.DraftImage;
import org.ziyuanku.service.exam.ParsedQuestion;
import org.ziyuanku.service.exam.QuestionDraft;
import org.ziyuanku.service.exam.QuestionFileReader;

/** Drafts and files for the format tests. */
final class Drafts {

    /** A real 1×1 PNG. */
    static final byte[] PNG = java.util.Base64.getDecoder().decode(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");

    private Drafts() {
    }

    static QuestionDraft single() {
        return new QuestionDraft(QuestionType.SINGLE_CHOICE, "焊条电弧焊的电流主要根据什么选择？", List.of("焊条直径", "焊工等级", "环境温度"),
                List.of(), AnswerKey.choices(List.of(0), null), "主要根据焊条直径。", 2, List.of("焊条电弧焊", "焊接参数"),
                new BigDecimal("2"), List.of(), List.of());
    }

    static QuestionDraft multiple(ChoiceScoring scoring) {
        return new QuestionDraft(QuestionType.MULTIPLE_CHOICE, "下列属于焊接缺陷的有：", List.of("气孔", "夹渣", "未焊透", "余高适中"),
                List.of(), AnswerKey.choices(List.of(0, 1, 2), scoring), "余高适中不是缺陷。", 3, List.of("焊接缺陷"),
                new BigDecimal("3"), List.of(), List.of());
    }

    static QuestionDraft trueFalse() {
        return new QuestionDraft(QuestionType.TRUE_FALSE, "进入密闭容器焊接必须有专人监护。", List.of(), List.of(),
                AnswerKey.truth(true), "", 1, List.of("安全规范"), new BigDecimal("1"), List.of(), List.of());
    }

    static QuestionDraft fill(int blanks) {
        String stem = blanks == 1 ? "CO2 焊的保护气体是____。" : "欧姆定律 \\(I = U/R\\) 中 U 是____，R 是____。";
        List<List<String>> key = blanks == 1 ? List.of(List.of("二氧化碳", "CO2"))
                : List.of(List.of("电压"), List.of("电阻", "阻值"));
        return new QuestionDraft(QuestionType.FILL_BLANK, stem, List.of(), List.of(), AnswerKey.blanks(key), "", 2,
                List.of("气体保护焊"), new BigDecimal("2"), List.of(), List.of());
    }

    static QuestionDraft shortAnswer() {
        return new QuestionDraft(QuestionType.SHORT_ANSWER, "简述焊前预热的作用。", List.of(), List.of(),
                AnswerKey.reference("降低冷却速度，减少淬硬组织和冷裂纹。"), "", 4, List.of("焊接工艺"), new BigDecimal("5"),
                List.of(), List.of());
    }

    static QuestionDraft matching() {
        return new QuestionDraft(QuestionType.MATCHING, "将焊接方法与保护方式配对：", List.of("熔渣保护", "气体保护", "焊剂层保护"),
                List.of("焊条电弧焊", "MIG 焊", "埋弧焊"), AnswerKey.choices(List.of(0, 1, 2), null), "", 3, List.of("焊接方法"),
                new BigDecimal("3"), List.of(), List.of());
    }

    static QuestionDraft ordering() {
        return new QuestionDraft(QuestionType.ORDERING, "按正确顺序排列焊条电弧焊的操作步骤：", List.of("清理坡口", "引弧", "运条", "收弧"),
                List.of(), AnswerKey.none(), "", 2, List.of("焊条电弧焊"), new BigDecimal("2"), List.of(), List.of());
    }

    /** A single choice whose stem and one option show an image. */
    static QuestionDraft withImages() {
        return new QuestionDraft(QuestionType.SINGLE_CHOICE, "<p>图中焊缝的缺陷是：<img src=\"zyk-draft:weld.png\"></p>",
                List.of("气孔", "<img src=\"zyk-draft:crack.png\">裂纹"), List.of(), AnswerKey.choices(List.of(1), null),
                "", 3, List.of("焊接缺陷"), new BigDecimal("2"), List.of(),
                List.of(new DraftImage("weld.png", "image/png", PNG), new DraftImage("crack.png", "image/png", PNG)));
    }

    /** The draft without what a format cannot carry. */
    static QuestionDraft without(QuestionDraft d, boolean difficulty, boolean knowledge) {
        return new QuestionDraft(d.type(), d.stem(), d.options(), d.prompts(), d.key(), d.analysis(),
                difficulty ? null : d.difficulty(), knowledge ? List.of() : d.knowledgePoints(), d.points(), d.parts(),
                d.images());
    }

    /** Compares drafts field by field (image bytes by content). */
    static void assertSame(QuestionDraft expected, QuestionDraft actual) {
        assertEquals(expected.type(), actual.type());
        assertEquals(expected.stem(), actual.stem());
        assertEquals(expected.options(), actual.options());
        assertEquals(expected.prompts(), actual.prompts());
        assertEquals(expected.key(), actual.key());
        assertEquals(expected.analysis(), actual.analysis());
        assertEquals(expected.difficulty(), actual.difficulty());
        assertEquals(expected.knowledgePoints(), actual.knowledgePoints());
        assertEquals(expected.points() == null ? null : expected.points().stripTrailingZeros(),
                actual.points() == null ? null : actual.points().stripTrailingZeros());
        assertEquals(expected.images().size(), actual.images().size());
        for (int i = 0; i < expected.images().size(); i++) {
            assertEquals(expected.images().get(i).name(), actual.images().get(i).name());
            assertTrue(java.util.Arrays.equals(expected.images().get(i).bytes(), actual.images().get(i).bytes()));
        }
    }

    static List<ParsedQuestion> read(QuestionFileReader reader, byte[] bytes) {
        return reader.read(new ByteArrayInputStream(bytes));
    }

    /** The accepted drafts, failing on any rejected question. */
    static List<QuestionDraft> accepted(List<ParsedQuestion> parsed) {
        List<QuestionDraft> drafts = new ArrayList<>();
        for (ParsedQuestion p : parsed) {
            assertTrue(p.isAccepted(), () -> "rejected: " + p);
            drafts.add(p.draft());
        }
        return drafts;
    }

    /** Problems as "position:key-without-prefix". */
    static List<String> problems(List<ParsedQuestion> parsed) {
        return parsed.stream().filter(p -> !p.isAccepted())
                .map(p -> p.position() + ":" + p.problemKey().replace("exam.import.problem.", "")).toList();
    }

    /** An .xlsx whose first sheet holds the rows (null leaves a cell out). */
    static byte[] workbook(String[]... rows) {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            var sheet = book.createSheet("题目");
            for (int r = 0; r < rows.length; r++) {
                var row = sheet.createRow(r);
                for (int c = 0; c < rows[r].length; c++) {
                    if (rows[r][c] != null) {
                        row.createCell(c).setCellValue(rows[r][c]);
                    }
                }
            }
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
