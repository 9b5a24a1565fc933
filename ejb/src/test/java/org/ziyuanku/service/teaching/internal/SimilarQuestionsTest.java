package org.ziyuanku.service.teaching.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.ziyuanku.domain.teaching.ClassQuestion;

class SimilarQuestionsTest {

    @Test
    void normalisingDropsSpacesPunctuationAndWidth() {
        assertEquals("焊缝气孔怎么办abc1", ClassQuestion.normalise(" 焊缝 气孔，怎么办？ＡＢＣ１"));
    }

    @Test
    void aNearIdenticalChineseTitleScoresHigh_anUnrelatedOneLow() {
        assertTrue(SimilarQuestions.similarity("焊缝出现气孔怎么办", "焊缝出现气孔该怎么办？") > 0.8);
        assertTrue(SimilarQuestions.similarity("焊缝出现气孔怎么办", "数控车床对刀步骤") < SimilarQuestions.THRESHOLD);
    }

    @Test
    void emptyTextMatchesNothing() {
        assertEquals(0.0, SimilarQuestions.similarity("", "焊缝"));
        assertEquals(1.0, SimilarQuestions.similarity("焊", "焊"));
    }
}
