package org.ziyuanku.service.exam.internal.transfer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ziyuanku.domain.exam.QuestionType;
import org.ziyuanku.service.exam.ParsedQuestion;
import org.ziyuanku.service.exam.QuestionDraft;
import org.ziyuanku.service.exam.QuestionFileRefusedException;

class WordQuestionReaderTest {

    private final WordQuestionReader reader = new WordQuestionReader();

    @Test
    void blocks_tags_inferredTypes_pictures_andProblems() {
        List<ParsedQuestion> parsed = Drafts.read(reader, WordFixtures.sample());
        assertEquals(List.of("7:unsupportedType", "8:noAnswer"), Drafts.problems(parsed));
        List<QuestionDraft> d = parsed.stream().filter(ParsedQuestion::isAccepted).map(ParsedQuestion::draft).toList();
        assertEquals(List.of(QuestionType.SINGLE_CHOICE, QuestionType.MULTIPLE_CHOICE, QuestionType.TRUE_FALSE,
                QuestionType.FILL_BLANK, QuestionType.SHORT_ANSWER, QuestionType.ORDERING),
                d.stream().map(QuestionDraft::type).toList());
        QuestionDraft single = d.get(0);
        assertEquals("焊条电弧焊时，焊接电流主要根据什么选择？", single.stem());
        assertEquals(List.of("焊条直径", "焊工等级", "环境温度", "焊机品牌"), single.options());
        assertEquals("焊接电流主要根据焊条直径选择，<br>其次考虑焊接位置。", single.analysis());
        assertEquals(2, single.difficulty());
        assertEquals(List.of("焊条电弧焊", "焊接参数"), single.knowledgePoints());
        assertEquals(new BigDecimal("2"), single.points());
        assertEquals(List.of("气孔", "夹渣", "未焊透", "余高适中"), d.get(1).options());
        assertEquals(List.of(0, 1, 2), d.get(1).key().correct());
        assertEquals(true, d.get(2).key().truth());
        QuestionDraft fill = d.get(3);
        assertEquals("CO<sub>2</sub><br>气体保护焊的保护气体是____，图示焊缝<img src=\"zyk-draft:image1.png\">中的缺陷是____。",
                fill.stem());
        assertArrayEquals(Drafts.PNG, fill.images().get(0).bytes());
        assertEquals(List.of(List.of("二氧化碳", "CO2"), List.of("气孔")), fill.key().blanks());
        assertEquals("降低冷却速度，<br>减少淬硬组织和冷裂纹。", d.get(4).key().reference());
        assertEquals(List.of("清理坡口", "引弧", "收弧"), d.get(5).options());
    }

    @Test
    void theCommittedFixture_readsLikeTheBuiltOne() {
        List<ParsedQuestion> parsed = Drafts.read(reader, MoodleXmlReaderTest.resource("welding-questions.docx"));
        assertEquals(8, parsed.size());
        assertEquals(List.of("7:unsupportedType", "8:noAnswer"), Drafts.problems(parsed));
    }

    @Test
    void notADocx_isTheWrongFormat() {
        assertEquals("exam.import.file.wrongFormat", assertThrows(QuestionFileRefusedException.class,
                () -> Drafts.read(reader, new ExcelQuestionTemplate().template())).getReasonKey());
        assertEquals("exam.import.file.wrongFormat", assertThrows(QuestionFileRefusedException.class,
                () -> Drafts.read(reader, "1. 题".getBytes(java.nio.charset.StandardCharsets.UTF_8))).getReasonKey());
    }
}
