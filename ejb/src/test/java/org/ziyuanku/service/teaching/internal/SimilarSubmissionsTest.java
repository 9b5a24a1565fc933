package org.ziyuanku.service.teaching.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;

class SimilarSubmissionsTest {

    private static final Logger LOG = Logger.getLogger(SimilarSubmissionsTest.class.getName());

    private static final String ESSAY = "焊接前应检查坡口角度是否为六十度，清除油污和铁锈；先点焊固定，再分层满焊，"
            + "每层焊完都要清渣，最后用肉眼和渗透检测检查焊缝表面有无裂纹。焊后要及时记录焊接电流、电压和焊接速度，"
            + "对不合格的焊缝做好标记并返修，返修后重新检测，直到全部合格为止。";

    @Test
    void normalising_dropsPunctuationWhitespaceAndWidth_forChineseAndAscii() {
        assertEquals("焊接前应检查abc12", TextFingerprints.normalise("焊接前，应 检查：ＡＢＣ１２！"));
        assertEquals(0, TextFingerprints.of("短文本").length);
    }

    @Test
    void chineseWithOtherPunctuationAndSpaces_isTheSameText() {
        String respaced = ESSAY.replace("，", ", ").replace("；", " ; ").replace("。", ".\n");
        assertEquals(1.0, TextFingerprints.similarity(TextFingerprints.of(ESSAY), TextFingerprints.of(respaced)));
    }

    @Test
    void nearIdenticalPairsOfOneClassAreFlagged_unrelatedOnesAndOtherClassesAreNot() {
        String edited = ESSAY.replace("六十度", "60度").replace("肉眼", "目视");
        List<SimilarSubmissions.Candidate> all = List.of(
                new SimilarSubmissions.Candidate(1, 10L, ESSAY),
                new SimilarSubmissions.Candidate(2, 10L, edited),
                new SimilarSubmissions.Candidate(3, 10L, "我认为焊接最重要的是安全防护，要穿戴好面罩和手套，并保持通风良好。"),
                new SimilarSubmissions.Candidate(4, 20L, ESSAY),
                new SimilarSubmissions.Candidate(5, 10L, null));

        List<SimilarSubmissions.Pair> pairs = SimilarSubmissions.flagged(all);

        assertEquals(1, pairs.size(), pairs.toString());
        assertEquals(1, pairs.get(0).first());
        assertEquals(2, pairs.get(0).second());
        assertTrue(pairs.get(0).similarity() >= SimilarSubmissions.THRESHOLD, pairs.toString());
    }

    @Test
    void twoHundredSubmissionsOfOneClass_areComparedQuickly() {
        Random random = new Random(14);
        List<SimilarSubmissions.Candidate> all = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            StringBuilder text = new StringBuilder();
            for (int c = 0; c < 1500; c++) {
                text.appendCodePoint(0x4e00 + random.nextInt(3000));
            }
            all.add(new SimilarSubmissions.Candidate(i, 1L, i % 50 == 0 ? ESSAY + i : text.toString()));
        }
        long millis = Long.MAX_VALUE;
        List<SimilarSubmissions.Pair> pairs = List.of();
        for (int run = 1; run <= 3; run++) {
            long start = System.nanoTime();
            pairs = SimilarSubmissions.flagged(all);
            millis = Math.min(millis, (System.nanoTime() - start) / 1_000_000);
            LOG.info("SimilarSubmissions: 200 submissions of 1500 characters, run " + run + ": "
                    + (System.nanoTime() - start) / 1_000_000 + " ms");
        }
        assertEquals(6, pairs.size(), pairs.toString());
        assertEquals(1.0, TextFingerprints.similarity(TextFingerprints.of(ESSAY), TextFingerprints.of(ESSAY + "0")),
                0.05);
        assertTrue(millis < 2000, millis + " ms");
    }
}
