package org.ziyuanku.infrastructure.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ChineseSegmenterTest {

    private final ChineseSegmenter segmenter = new ChineseSegmenter(List.of("常开触点", "常闭触点", "数控车床", "x"),
            Map.of("褥疮", "压疮", "回零", "回参考点"));

    @Test
    void domainTerms_areKeptWhole_andQuestionWordsDropped() {
        assertEquals(List.of("常开触点", "常闭触点", "区别"), segmenter.terms("常开触点和常闭触点有什么区别？"));
        assertTrue(segmenter.terms("数控车床怎么对刀").contains("数控车床"));
    }

    @Test
    void asciiRuns_stayWhole_inLowerCase() {
        assertEquals(List.of("g02", "g03", "区别"), segmenter.terms("G02和G03有什么区别"));
        assertEquals(List.of("plc"), segmenter.terms("ＰＬＣ"));
    }

    @Test
    void synonyms_becomeTheirPreferredTerm_andTheirVariantsAreKeptWhole() {
        assertTrue(segmenter.terms("长期卧床如何防止褥疮").contains("压疮"));
        assertTrue(segmenter.terms("机床为什么要回零").contains("回参考点"));
        assertTrue(segmenter.isDomainTerm("回零"));
        assertFalse(segmenter.isDomainTerm("x"), "one-character terms are ignored");
    }

    @Test
    void blankAndPunctuation_giveNoTerms() {
        assertEquals(List.of(), segmenter.terms(null));
        assertEquals(List.of(), segmenter.terms(" ？！。"));
        assertEquals("", segmenter.joined("？"));
    }
}
