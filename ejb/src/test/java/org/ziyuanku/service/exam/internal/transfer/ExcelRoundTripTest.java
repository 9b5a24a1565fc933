package org.ziyuanku.service.exam.internal.transfer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.ziyuanku.domain.exam.ChoiceScoring;
import org.ziyuanku.domain.exam.QuestionType;
import org.ziyuanku.service.exam.QuestionDraft;

/**
 * Excel export → import gives the same drafts. The template cannot carry images (left out), the scoring of multiple
 * choice (always read as PARTIAL) nor compound questions (written as their sub-questions).
 */
class ExcelRoundTripTest {

    @Test
    void everyTypeTheTemplateHolds_comesBackTheSame() {
        List<QuestionDraft> drafts = List.of(Drafts.single(), Drafts.multiple(ChoiceScoring.PARTIAL),
                Drafts.trueFalse(), Drafts.fill(1), Drafts.fill(2), Drafts.shortAnswer(), Drafts.matching(),
                Drafts.ordering());
        byte[] file = new ExcelQuestionWriter().write("焊接", drafts);
        List<QuestionDraft> back = Drafts.accepted(Drafts.read(new ExcelQuestionReader(), file));
        assertEquals(drafts.size(), back.size());
        for (int i = 0; i < drafts.size(); i++) {
            Drafts.assertSame(drafts.get(i), back.get(i));
        }
    }

    @Test
    void imagesAreLeftOut_andTheTextKept() {
        byte[] file = new ExcelQuestionWriter().write("焊接", List.of(Drafts.withImages()));
        QuestionDraft back = Drafts.accepted(Drafts.read(new ExcelQuestionReader(), file)).get(0);
        assertEquals(QuestionType.SINGLE_CHOICE, back.type());
        assertEquals("<p>图中焊缝的缺陷是：</p>", back.stem());
        assertEquals(List.of(), back.images());
    }
}
