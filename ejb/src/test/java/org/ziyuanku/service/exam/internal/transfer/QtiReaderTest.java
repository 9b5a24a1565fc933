package org.ziyuanku.service.exam.internal.transfer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ziyuanku.domain.exam.QuestionType;
import org.ziyuanku.service.exam.ParsedQuestion;
import org.ziyuanku.service.exam.QuestionDraft;
import org.ziyuanku.service.exam.QuestionFileRefusedException;

class QtiReaderTest {

    private final QtiReader reader = new QtiReader();

    @Test
    void aQti21Item_withPromptFeedbackAndScore() {
        List<ParsedQuestion> parsed = Drafts.read(reader, MoodleXmlReaderTest.resource("qti21-choice.xml"));
        QuestionDraft d = Drafts.accepted(parsed).get(0);
        assertEquals("焊接电流", parsed.get(0).label());
        assertEquals(QuestionType.SINGLE_CHOICE, d.type());
        assertEquals("<p>焊条电弧焊时，焊接电流主要根据什么选择？</p><br>请选择一项。", d.stem());
        assertEquals(List.of("焊条直径", "焊工<b>等级</b>", "环境温度"), d.options());
        assertEquals(List.of(0), d.key().correct());
        assertEquals("焊接电流主要根据焊条直径选择。", d.analysis());
        assertEquals(new BigDecimal("2"), d.points());
    }

    @Test
    void aQti21Package_textEntryWithMapping_associate_order_andAnUnsupportedInteraction() {
        List<ParsedQuestion> parsed = Drafts.read(reader, MoodleXmlReaderTest.resource("qti21-package.zip"));
        assertEquals(List.of("5:unsupportedType"), Drafts.problems(parsed));
        assertEquals(List.of("hotspot"), parsed.get(4).problemArgs());
        QuestionDraft fill = parsed.get(1).draft();
        assertEquals(QuestionType.FILL_BLANK, fill.type());
        assertEquals("<p>CO2 焊的保护气体是____。<img alt=\"焊道\" src=\"zyk-draft:image-1.png\"></p>", fill.stem());
        assertEquals(List.of(List.of("二氧化碳", "CO2")), fill.key().blanks());
        assertArrayEquals(Drafts.PNG, fill.images().get(0).bytes());
        QuestionDraft matching = parsed.get(2).draft();
        assertEquals(List.of("焊条电弧焊", "MIG 焊"), matching.prompts());
        assertEquals(List.of("熔渣保护", "气体保护"), matching.options());
        assertEquals(List.of(0, 1), matching.key().correct());
        assertEquals("配对：", matching.stem());
        assertEquals(List.of("清理坡口", "引弧", "收弧"), parsed.get(3).draft().options());
    }

    @Test
    void anImageOutsideThePackage_orOfASingleItem_isMissing() {
        String item = "<assessmentItem xmlns=\"http://www.imsglobal.org/xsd/imsqti_v2p1\" identifier=\"i\">"
                + "<responseDeclaration identifier=\"R\" cardinality=\"single\" baseType=\"string\"/>"
                + "<itemBody><p><img src=\"../../etc/passwd\"/></p><extendedTextInteraction responseIdentifier=\"R\"/>"
                + "</itemBody></assessmentItem>";
        List<ParsedQuestion> parsed = Drafts.read(reader, item.getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of("1:imageMissing"), Drafts.problems(parsed));
    }

    @Test
    void anEntity_anotherXml_andMalformedXml_areRefused() {
        assertEquals("exam.import.file.unsafe", assertThrows(QuestionFileRefusedException.class,
                () -> Drafts.read(reader, MoodleXmlReaderTest.resource("qti30-xxe.xml"))).getReasonKey());
        assertEquals("exam.import.file.wrongFormat", assertThrows(QuestionFileRefusedException.class,
                () -> Drafts.read(reader, MoodleXmlReaderTest.resource("moodle-mixed.xml"))).getReasonKey());
        assertEquals("exam.import.file.malformed", assertThrows(QuestionFileRefusedException.class,
                () -> Drafts.read(reader, "<assessmentItem>".getBytes(StandardCharsets.UTF_8))).getReasonKey());
    }
}
