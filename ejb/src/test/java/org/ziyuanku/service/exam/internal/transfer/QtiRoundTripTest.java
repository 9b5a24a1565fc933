package org.ziyuanku.service.exam.internal.transfer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.ziyuanku.domain.exam.ChoiceScoring;
import org.ziyuanku.service.exam.QuestionDraft;

/**
 * QTI 3.0 export → import gives the same drafts: every field travels (the knowledge points and difficulty in the
 * manifest's LOM metadata). What QTI cannot carry: a compound question (written as its sub-questions), a blank written
 * （） (read back as ____), and texts are normalised to XHTML (attributes in alphabetical order, entities such as
 * {@code &nbsp;} become characters).
 */
class QtiRoundTripTest {

    @Test
    void everyType_withImages_comesBackTheSame() {
        List<QuestionDraft> drafts = List.of(Drafts.single(), Drafts.multiple(ChoiceScoring.PARTIAL),
                Drafts.multiple(ChoiceScoring.ALL_OR_NOTHING), Drafts.trueFalse(), Drafts.fill(1), Drafts.fill(2),
                Drafts.shortAnswer(), Drafts.matching(), Drafts.ordering(), Drafts.withImages());
        byte[] zip = new QtiWriter().write("焊接", drafts);
        Map<String, byte[]> entries = SafeZip.entries(zip);
        assertTrue(entries.containsKey("imsmanifest.xml"));
        assertTrue(entries.containsKey("items/item-10.xml"));
        assertTrue(entries.containsKey("items/images/item-10/weld.png"));
        List<QuestionDraft> back = Drafts.accepted(Drafts.read(new QtiReader(), zip));
        assertEquals(drafts.size(), back.size());
        for (int i = 0; i < drafts.size(); i++) {
            Drafts.assertSame(drafts.get(i), back.get(i));
        }
    }
}
