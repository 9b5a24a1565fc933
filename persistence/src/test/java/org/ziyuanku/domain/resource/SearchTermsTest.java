package org.ziyuanku.domain.resource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class SearchTermsTest {

    @Test
    void index_hanRun_givesUnigramsAndBigrams() {
        List<String> terms = Arrays.asList(SearchTerms.index("焊接技术").split(" "));

        assertTrue(terms.containsAll(List.of("焊", "接", "技", "术", "焊接", "接技", "技术")), terms.toString());
    }

    @Test
    void index_mixedText_keepsLowerCaseWordsAndDropsPunctuation() {
        assertEquals("h264 视 频 视频 mp4", SearchTerms.index("H264：视频（MP4）"));
    }

    @Test
    void query_twoHanCharacters_isOneBigram() {
        assertEquals("'焊接'", SearchTerms.query("焊接"));
    }

    @Test
    void query_longerHanAndWord_requiresEveryBigramAndTheWordAsPrefix() {
        assertEquals("'焊接' & '接工' & '工艺' & 'tig':*", SearchTerms.query("焊接工艺 TIG"));
    }

    @Test
    void query_singleHanCharacter_isTheUnigram() {
        assertEquals("'焊'", SearchTerms.query(" 焊 "));
    }

    @Test
    void query_fullWidthLetters_areNormalised() {
        assertEquals("'cad':*", SearchTerms.query("ＣＡＤ"));
    }

    @Test
    void query_onlyPunctuationOrQuotes_isEmpty() {
        assertEquals("", SearchTerms.query("'\"&|!()"));
    }
}
