package org.ziyuanku.service.review;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class SensitiveWordHighlightTest {

    private static String joined(List<TextSegment> segments) {
        StringBuilder text = new StringBuilder();
        segments.forEach(s -> text.append(s.text()));
        return text.toString();
    }

    @Test
    void highlight_longestOfOverlappingWords_wins() {
        List<TextSegment> segments = SensitiveWordScreening.highlight("推荐赌博网站吗", List.of("赌博", "赌博网站"));
        assertEquals(List.of(new TextSegment("推荐", false), new TextSegment("赌博网站", true),
                new TextSegment("吗", false)), segments);
    }

    @Test
    void highlight_keepsTheOriginalForms_andJoinsToTheText() {
        String text = "请加ＶＸ号<b>或Vx号</b>";
        List<TextSegment> segments = SensitiveWordScreening.highlight(text, List.of("vx号"));
        assertEquals(List.of(new TextSegment("请加", false), new TextSegment("ＶＸ号", true),
                new TextSegment("<b>或", false), new TextSegment("Vx号", true), new TextSegment("</b>", false)),
                segments);
        assertEquals(text, joined(segments));
    }

    @Test
    void highlight_wordsAtBothEnds_andRepeated() {
        List<TextSegment> segments = SensitiveWordScreening.highlight("加微信加微信好", List.of("加微信"));
        assertEquals(List.of(new TextSegment("加微信", true), new TextSegment("加微信", true),
                new TextSegment("好", false)), segments);
    }

    @Test
    void highlight_noWords_isOnePlainSegment_andNoTextIsNone() {
        assertEquals(List.of(new TextSegment("普通文本", false)), SensitiveWordScreening.highlight("普通文本", List.of()));
        assertEquals(List.of(new TextSegment("普通文本", false)), SensitiveWordScreening.highlight("普通文本", null));
        assertEquals(List.of(), SensitiveWordScreening.highlight("", List.of("加微信")));
        assertEquals(List.of(), SensitiveWordScreening.highlight(null, List.of("加微信")));
    }

    @Test
    void highlight_marksEvadedWords_whereTheyStandInTheOriginal() {
        String text = "资料：內部資料，另有内 部\u200B资·料和內部资料。";
        List<TextSegment> segments = SensitiveWordScreening.highlight(text, List.of("内部资料"));
        assertEquals(List.of(new TextSegment("资料：", false), new TextSegment("內部資料", true),
                new TextSegment("，另有", false), new TextSegment("内 部\u200B资·料", true), new TextSegment("和", false),
                new TextSegment("內部资料", true), new TextSegment("。", false)), segments);
        assertEquals(text, joined(segments));
    }

    @Test
    void highlight_wordsGivenInTraditional_markSimplifiedText() {
        List<TextSegment> segments = SensitiveWordScreening.highlight("加微信", List.of("加微信"));
        assertEquals(List.of(new TextSegment("加微信", true)), segments);
        assertEquals(List.of(new TextSegment("代写论文", true)), SensitiveWordScreening.highlight("代写论文",
                List.of("代寫論文")));
    }
}
