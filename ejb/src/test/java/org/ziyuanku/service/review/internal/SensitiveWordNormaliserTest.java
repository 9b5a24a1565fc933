package org.ziyuanku.service.review.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SensitiveWordNormaliserTest {

    private static String normalised(String text) {
        return SensitiveWordNormaliser.of(text).text();
    }

    @ParameterizedTest
    @ValueSource(strings = {"\u200B", "\u200C", "\u200D", "\u2060", "\uFEFF", "\u00AD", "\u180E", "\u200E", "\u034F",
        "\uFE0F", "\u200B\u200D\u2060"})
    void invisibleCharacters_areDropped(String invisible) {
        assertEquals("代写论文", normalised("代" + invisible + "写论" + invisible + "文"));
    }

    @ParameterizedTest
    @ValueSource(strings = {" ", "  ", "\u3000", "\t", "\n", "\r\n", "\u00A0", "\u2002", "，", ",", "·", "・", "、",
        "。", "．", ".", "-", "—", "_", "*", "/", "|", "~", "★", "（）", "「", "\u3000，\u200B "})
    void blanksPunctuationAndSymbols_betweenChineseCharacters_areDropped(String gap) {
        assertEquals("法轮", normalised("法" + gap + "轮"));
        assertEquals("qq群", normalised("qq" + gap + "群"));
    }

    @Test
    void traditionalCharacters_becomeSimplified() {
        assertEquals("代写论文", normalised("代寫論文"));
        assertEquals("法轮", normalised("法輪"));
        assertEquals("赌博网站", normalised("賭博網站"));
    }

    @Test
    void compatibilityForms_caseAndWidth_areFolded() {
        assertEquals("qq群", normalised("ＱＱ群"));
        assertEquals("qq群", normalised("ⓆⓆ群"));
        assertEquals("vx号", normalised("Vx號"));
        assertEquals("金", normalised("\uF90A"), "a CJK compatibility ideograph");
        assertEquals("代写", normalised("代\u0301写\u0332"), "combining marks");
    }

    @Test
    void blanksBetweenOtherWords_becomeOneSpace_punctuationThereStays() {
        assertEquals("free money", normalised("Free \u3000 \u200BMoney"));
        assertEquals("free-money", normalised("free-money"));
        assertEquals("a1 b2", normalised("a1\tb2"));
    }

    @Test
    void everyCharacter_remembersItsSpanInTheOriginal() {
        String original = "请加 ＶＸ\u200B號，谢谢";
        SensitiveWordNormaliser.Normalised n = SensitiveWordNormaliser.of(original);
        assertEquals("请加vx号谢谢", n.text());
        int from = n.text().indexOf("vx号");
        int[] span = n.originalSpan(from, from + 3);
        assertEquals("ＶＸ\u200B號", original.substring(span[0], span[1]));
        assertArrayEquals(new int[] {0, 1}, n.originalSpan(0, 1));
    }

    @Test
    void words_areNormalisedAndStripped() {
        assertEquals("法轮", SensitiveWordNormaliser.normalise("  法 輪\u200B "));
        assertEquals("", SensitiveWordNormaliser.normalise("\u200B\u00AD"));
        assertNull(SensitiveWordNormaliser.normalise(null));
    }
}
