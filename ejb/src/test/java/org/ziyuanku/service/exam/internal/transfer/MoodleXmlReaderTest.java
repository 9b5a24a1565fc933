package org.ziyuanku.service.exam.internal.transfer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ziyuanku.domain.exam.ChoiceScoring;
import org.ziyuanku.domain.exam.QuestionType;
import org.ziyuanku.service.exam.ParsedQuestion;
import org.ziyuanku.service.exam.QuestionDraft;
import org.ziyuanku.service.exam.QuestionFileRefusedException;

class MoodleXmlReaderTest {

    private final MoodleXmlReader reader = new MoodleXmlReader();

    static byte[] resource(String name) {
        try (InputStream in = MoodleXmlReaderTest.class.getResourceAsStream("/exam/" + name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void aMoodleExport_everySupportedType_andTheRestRejectedByName() {
        List<ParsedQuestion> parsed = Drafts.read(reader, resource("moodle-mixed.xml"));
        assertEquals(List.of("10:unsupportedType", "11:unsupportedType", "12:unsupportedType", "13:imageMissing"),
                Drafts.problems(parsed));
        assertEquals(List.of("multianswer MULTICHOICE"), parsed.get(8).problemArgs());
        assertEquals(List.of("description"), parsed.get(9).problemArgs());
        assertEquals(List.of("nothere.png"), parsed.get(11).problemArgs());
        assertEquals(2, parsed.get(0).position(), "the category is element 1 and no question");
        assertEquals("气孔图片", parsed.get(0).label());
        List<QuestionDraft> d = parsed.stream().filter(ParsedQuestion::isAccepted).map(ParsedQuestion::draft).toList();
        assertEquals(List.of(QuestionType.SINGLE_CHOICE, QuestionType.MULTIPLE_CHOICE, QuestionType.TRUE_FALSE,
                QuestionType.FILL_BLANK, QuestionType.SHORT_ANSWER, QuestionType.MATCHING, QuestionType.ORDERING,
                QuestionType.FILL_BLANK), d.stream().map(QuestionDraft::type).toList());
        assertEquals("<p>图中焊缝的缺陷是：<img src=\"zyk-draft:image-1.png\" alt=\"气孔\" width=\"100\"></p>",
                d.get(0).stem());
        assertArrayEquals(Drafts.PNG, d.get(0).images().get(0).bytes());
        assertEquals("image/png", d.get(0).images().get(0).mediaType());
        assertEquals("<p>圆形孔洞是气孔。</p>", d.get(0).analysis());
        assertEquals(new BigDecimal("2"), d.get(0).points());
        assertEquals(List.of("焊接缺陷", "外观检验"), d.get(0).knowledgePoints());
        assertEquals(List.of(0, 1), d.get(1).key().correct());
        assertEquals(ChoiceScoring.PARTIAL, d.get(1).key().scoring());
        assertEquals(false, d.get(2).key().truth());
        assertEquals(List.of(List.of("二氧化碳", "CO2")), d.get(3).key().blanks());
        assertEquals("CO2 焊使用的保护气体是什么？ ____", d.get(3).stem());
        assertEquals("<p>降低冷却速度。</p>", d.get(4).key().reference());
        assertEquals(List.of("焊条电弧焊", "MIG 焊"), d.get(5).prompts());
        assertEquals(List.of("熔渣保护", "气体保护", "真空保护"), d.get(5).options());
        assertEquals(List.of("清理坡口", "引弧", "收弧"), d.get(6).options());
        assertEquals("电压 ____，电阻 ____", d.get(7).stem());
        assertEquals(List.of(List.of("U"), List.of("R}x")), d.get(7).key().blanks());
    }

    @Test
    void allOrNothing_whenWrongAnswersCostEverything_orRightOnesAreEachWorthAll() {
        String xml = "<quiz><question type=\"multichoice\"><questiontext><text>q</text></questiontext>"
                + "<single>false</single><answer fraction=\"50\"><text>a</text></answer>"
                + "<answer fraction=\"50\"><text>b</text></answer><answer fraction=\"-100\"><text>c</text></answer>"
                + "</question><question type=\"multichoice\"><questiontext><text>q</text></questiontext>"
                + "<single>false</single><answer fraction=\"100\"><text>a</text></answer>"
                + "<answer fraction=\"100\"><text>b</text></answer><answer fraction=\"0\"><text>c</text></answer>"
                + "</question></quiz>";
        List<QuestionDraft> d = Drafts.accepted(Drafts.read(reader, xml.getBytes(StandardCharsets.UTF_8)));
        assertEquals(ChoiceScoring.ALL_OR_NOTHING, d.get(0).key().scoring());
        assertEquals(ChoiceScoring.ALL_OR_NOTHING, d.get(1).key().scoring());
    }

    @Test
    void anExternalEntity_isRefusedAsUnsafe_andNeverRead() {
        QuestionFileRefusedException e = assertThrows(QuestionFileRefusedException.class,
                () -> Drafts.read(reader, resource("moodle-xxe.xml")));
        assertEquals("exam.import.file.unsafe", e.getReasonKey());
        assertEquals(org.ziyuanku.service.system.RefusedException.Kind.INVALID, e.kind());
    }

    @Test
    void malformedXml_andAnotherXml_andAZip_areRefused() {
        assertEquals("exam.import.file.malformed", assertThrows(QuestionFileRefusedException.class,
                () -> Drafts.read(reader, "<quiz><question>".getBytes(StandardCharsets.UTF_8))).getReasonKey());
        assertEquals("exam.import.file.wrongFormat", assertThrows(QuestionFileRefusedException.class,
                () -> Drafts.read(reader, "<html><body/></html>".getBytes(StandardCharsets.UTF_8))).getReasonKey());
        assertEquals("exam.import.file.wrongFormat", assertThrows(QuestionFileRefusedException.class,
                () -> Drafts.read(reader, new ExcelQuestionTemplate().template())).getReasonKey());
    }

    @Test
    void oddHtml_isKeptAsItIs() {
        String xml = "<quiz><question type=\"essay\"><questiontext format=\"html\"><text><![CDATA[<p><b>未闭合"
                + "<script>x</script><div </p>]]></text></questiontext></question></quiz>";
        QuestionDraft d = Drafts.accepted(Drafts.read(reader, xml.getBytes(StandardCharsets.UTF_8))).get(0);
        assertTrue(d.stem().startsWith("<p><b>未闭合<script>"));
    }
}
