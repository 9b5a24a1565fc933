package org.ziyuanku.service.exam.internal.transfer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ziyuanku.domain.exam.ChoiceScoring;
import org.ziyuanku.service.exam.QuestionDraft;

/**
 * Moodle XML export → import gives the same drafts. Moodle cannot carry the difficulty (read back as null); the order
 * of a matching question's options is the order their prompts use them, then the unused ones (Moodle keeps no other);
 * a compound question is written as its sub-questions.
 */
class MoodleRoundTripTest {

    @Test
    void everyType_withImages_comesBackTheSame() {
        List<QuestionDraft> drafts = List.of(Drafts.single(), Drafts.multiple(ChoiceScoring.PARTIAL),
                Drafts.multiple(ChoiceScoring.ALL_OR_NOTHING), Drafts.trueFalse(), Drafts.fill(1), Drafts.fill(2),
                Drafts.shortAnswer(), Drafts.matching(), Drafts.ordering(), Drafts.withImages());
        byte[] file = new MoodleXmlWriter().write("焊接]]>题库", drafts);
        String xml = new String(file, StandardCharsets.UTF_8);
        assertTrue(xml.contains("@@PLUGINFILE@@/weld.png"));
        assertTrue(xml.contains("<file name=\"weld.png\" path=\"/\" encoding=\"base64\">"));
        List<QuestionDraft> back = Drafts.accepted(Drafts.read(new MoodleXmlReader(), file));
        assertEquals(drafts.size(), back.size());
        for (int i = 0; i < drafts.size(); i++) {
            Drafts.assertSame(Drafts.without(drafts.get(i), true, false), back.get(i));
        }
    }

    @Test
    void textsWithCdataEnds_andMarkup_surviveTheCdata() {
        QuestionDraft q = new QuestionDraft(org.ziyuanku.domain.exam.QuestionType.SHORT_ANSWER,
                "<p>a ]]> b &amp; <i>c</i></p>", null, null, org.ziyuanku.service.exam.AnswerKey.reference("x]]>y"),
                "分析", null, List.of("k&lt;1"), null, null, null);
        byte[] file = new MoodleXmlWriter().write(null, List.of(q));
        Drafts.assertSame(q, Drafts.accepted(Drafts.read(new MoodleXmlReader(), file)).get(0));
    }
}
