package org.ziyuanku.service.review.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.ziyuanku.domain.review.SensitiveWordCategory;
import org.ziyuanku.domain.review.SensitiveWordSeverity;
import org.ziyuanku.service.review.ScreenedText;
import org.ziyuanku.service.review.ScreeningResult;
import org.ziyuanku.service.review.WordHit;

class SensitiveWordMatcherTest {

    private static DictionaryEntry block(String word, SensitiveWordCategory category) {
        return new DictionaryEntry(word, category, SensitiveWordSeverity.BLOCK);
    }

    private static DictionaryEntry flag(String word) {
        return new DictionaryEntry(word, SensitiveWordCategory.ADVERTISING, SensitiveWordSeverity.FLAG);
    }

    private static ScreeningResult screen(List<DictionaryEntry> dictionary, ScreenedText... texts) {
        return SensitiveWordMatcher.of(dictionary).screen(List.of(texts));
    }

    @Test
    void screen_wordInsideALongerWord_countsForBoth() {
        ScreeningResult result = screen(List.of(flag("赌博"), block("赌博网站", SensitiveWordCategory.GAMBLING)),
                new ScreenedText("title", "某赌博网站推荐"));
        assertEquals(List.of("赌博网站"), result.blockedWords());
        assertEquals(List.of("赌博"), result.flaggedWords());
        assertTrue(result.isBlocked());
    }

    @Test
    void screen_repeatedWord_isCountedPerField() {
        ScreeningResult result = screen(List.of(block("代写论文", SensitiveWordCategory.FRAUD)),
                new ScreenedText("title", "代写论文"), new ScreenedText("text", "代写论文，专业代写论文，代写论文"));
        assertEquals(List.of(new WordHit("代写论文", "FRAUD", SensitiveWordSeverity.BLOCK, "title", 1),
                new WordHit("代写论文", "FRAUD", SensitiveWordSeverity.BLOCK, "text", 3)), result.blocked());
        assertEquals(List.of("代写论文"), result.blockedWords());
    }

    @Test
    void screen_foldsLatinCaseAndFullWidthForms() {
        ScreeningResult result = screen(List.of(flag("vx号"), block("qq群", SensitiveWordCategory.ADVERTISING)),
                new ScreenedText("description", "请加ＶＸ号或者QQ群"));
        assertEquals(List.of("qq群"), result.blockedWords());
        assertEquals(List.of("vx号"), result.flaggedWords());
    }

    @Test
    void screen_dictionaryWordsStoredUnfolded_stillMatch() {
        ScreeningResult result = screen(List.of(flag(" ＡＢＣ ")), new ScreenedText("keywords", "abc"));
        assertEquals(List.of("abc"), result.flaggedWords());
    }

    @Test
    void screen_emptyDictionary_findsNothing() {
        ScreeningResult result = screen(List.of(), new ScreenedText("title", "代写论文"));
        assertFalse(result.isBlocked());
        assertTrue(result.flagged().isEmpty());
    }

    @Test
    void screen_nullAndEmptyTexts_areSkipped() {
        ScreeningResult result = screen(List.of(flag("加微信")), new ScreenedText("title", null),
                new ScreenedText("description", ""), new ScreenedText("text", "详情加微信"));
        assertEquals(List.of(new WordHit("加微信", "ADVERTISING", SensitiveWordSeverity.FLAG, "text", 1)),
                result.flagged());
    }

    @Test
    void screen_splitsBlockAndFlag_andAttributesFields_inOrderFound() {
        ScreeningResult result = screen(List.of(flag("内部资料"), flag("加微信"), block("刷单返利",
                SensitiveWordCategory.FRAUD)), new ScreenedText("title", "内部资料"),
                new ScreenedText("keywords", "刷单返利,加微信"), new ScreenedText("text", "加微信"));
        assertEquals(List.of(new WordHit("刷单返利", "FRAUD", SensitiveWordSeverity.BLOCK, "keywords", 1)),
                result.blocked());
        assertEquals(List.of("title", "keywords", "text"), result.flagged().stream().map(WordHit::field).toList());
        assertEquals(List.of("内部资料", "加微信"), result.flaggedWords());
    }

    @Test
    void screen_everyEvasion_isFound_inTheFieldItIsIn() {
        SensitiveWordMatcher matcher = SensitiveWordMatcher.of(List.of(block("代写论文", SensitiveWordCategory.FRAUD)));
        for (String evasion : List.of("代\u200B写\u200C论\u200D文", "代\u2060写\uFEFF论\u00AD文", "代 写 论 文",
                "代\u3000写\u3000论\u3000文", "代，写，论，文", "代·写·论·文", "代、写。论．文", "代寫論文",
                "代 寫\u200B論·文", "ｘ代写\n论文ｘ")) {
            ScreeningResult result = matcher.screen(List.of(new ScreenedText("title", "标题"),
                    new ScreenedText("description", "说明：" + evasion + "。")));
            assertEquals(List.of(new WordHit("代写论文", "FRAUD", SensitiveWordSeverity.BLOCK, "description", 1)),
                    result.blocked(), evasion);
        }
    }

    @Test
    void screen_dictionaryWordsWrittenInTraditionalOrSplit_matchPlainText() {
        ScreeningResult result = screen(List.of(block("代寫論文", SensitiveWordCategory.FRAUD), flag("加 微信")),
                new ScreenedText("title", "代写论文，加微信"));
        assertEquals(List.of("代写论文"), result.blockedWords());
        assertEquals(List.of("加微信"), result.flaggedWords());
    }

    @Test
    void screen_blanksBetweenLatinWords_stillSeparateThem() {
        ScreeningResult result = screen(List.of(flag("ab cd"), flag("xy")), new ScreenedText("title", "abcd x y"));
        assertTrue(result.flagged().isEmpty(), result.toString());
        assertEquals(List.of("ab cd"), screen(List.of(flag("ab cd")), new ScreenedText("title", "AB \u3000 CD"))
                .flaggedWords());
    }
}
