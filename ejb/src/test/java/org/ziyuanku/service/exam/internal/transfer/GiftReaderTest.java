package org.ziyuanku.service.exam.internal.transfer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ziyuanku.domain.exam.ChoiceScoring;
import org.ziyuanku.domain.exam.QuestionType;
import org.ziyuanku.service.exam.ParsedQuestion;
import org.ziyuanku.service.exam.QuestionDraft;
import org.ziyuanku.service.exam.QuestionFileRefusedException;

class GiftReaderTest {

    private final GiftReader reader = new GiftReader();

    private List<ParsedQuestion> read(String gift) {
        return Drafts.read(reader, gift.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void everyGiftType_escapes_comments_categories_andFormats() {
        List<ParsedQuestion> parsed = Drafts.read(reader, MoodleXmlReaderTest.resource("welding.gift"));
        assertEquals(List.of("8:unsupportedType"), Drafts.problems(parsed));
        assertEquals("数值", parsed.get(7).label());
        List<QuestionDraft> d = parsed.stream().filter(ParsedQuestion::isAccepted).map(ParsedQuestion::draft).toList();
        assertEquals(List.of(QuestionType.SINGLE_CHOICE, QuestionType.MULTIPLE_CHOICE, QuestionType.TRUE_FALSE,
                QuestionType.FILL_BLANK, QuestionType.SHORT_ANSWER, QuestionType.MATCHING, QuestionType.SINGLE_CHOICE,
                QuestionType.TRUE_FALSE), d.stream().map(QuestionDraft::type).toList());
        assertEquals("焊条电弧焊时，焊接电流主要根据什么选择？", d.get(0).stem());
        assertEquals(List.of("焊条直径", "焊工等级", "环境温度"), d.get(0).options());
        assertEquals("焊接电流主要根据焊条直径选择。", d.get(0).analysis());
        assertEquals(List.of(0, 1), d.get(1).key().correct());
        assertEquals(ChoiceScoring.PARTIAL, d.get(1).key().scoring());
        assertEquals(true, d.get(2).key().truth());
        assertEquals("CO2 焊的保护气体是 ____ 。", d.get(3).stem());
        assertEquals(List.of(List.of("二氧化碳", "CO2")), d.get(3).key().blanks());
        assertEquals(List.of("焊条电弧焊", "MIG 焊"), d.get(5).prompts());
        assertEquals(List.of("熔渣保护", "气体保护", "真空保护"), d.get(5).options());
        assertEquals("公式 a=b{c} 与 1:2 的说法：", d.get(6).stem());
        assertEquals(List.of("对 ~ 错", "错"), d.get(6).options());
        assertEquals("<p>图示<b>焊缝</b></p>", d.get(7).stem());
        assertEquals(false, d.get(7).key().truth());
    }

    @Test
    void brokenQuestions_areRejected_andTheOthersRead() {
        List<ParsedQuestion> parsed = read("未闭合 {=a ~b\n\n只有说明文字\n\n好题 {T}\n\n{=a ~b}\n");
        assertEquals(List.of("1:syntax", "2:unsupportedType", "4:emptyStem"), Drafts.problems(parsed));
        assertEquals(4, parsed.size());
    }

    @Test
    void notGift_isTheWrongFormat_andBadUtf8IsMalformed() {
        assertEquals("exam.import.file.wrongFormat", assertThrows(QuestionFileRefusedException.class,
                () -> read("<quiz/>")).getReasonKey());
        assertEquals("exam.import.file.wrongFormat", assertThrows(QuestionFileRefusedException.class,
                () -> read("没有任何答案块的普通文本")).getReasonKey());
        assertEquals("exam.import.file.malformed", assertThrows(QuestionFileRefusedException.class,
                () -> Drafts.read(reader, new byte[] {'{', (byte) 0xC3, (byte) 0x28, '}'})).getReasonKey());
    }
}
